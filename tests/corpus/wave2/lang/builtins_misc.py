# A grab bag of builtins as scripts call them: zip(strict=), map over many
# iterables, iter(callable, sentinel), enumerate start, sum start, divmod, vars/dir, callable, id-free checks.
import functools

print(list(zip("abc", [1, 2, 3], (True, False, None))), list(zip()), list(zip("ab", "xyz")))
try:
    list(zip("ab", "xyz", strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(pow, [2, 3, 4], [5, 2])), list(map(str.upper, "ab")), list(filter(str.isdigit, "a1b2")))
chunks = iter(functools.partial(iter("abcdefg").__next__), "e")
print(list(chunks))
data = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(data), 0)))
print(list(enumerate("xyz", start=-1)), sum([[1], [2]], []), sum([0.1] * 3, 10), sum(range(5), start=100))
print(divmod(17, 5), divmod(-17, 5), abs(-3.5), round(-0.5), pow(7, 2, 5), min("bca"), max([3, 1], default=0))
print(min([], default=None), max(1, 2, 3, key=lambda n: -n), min((2, "b"), (1, "z")), max("apple", "pear", key=len))
print(all([]), any([]), all([1, "a"]), any([0, "", None]), bool([]), bool([0]), len({1: 2}), len(range(0, 10, 3)))
print(callable(len), callable("x"), callable(type), isinstance(True, int), issubclass(bool, (str, int)))
print(sorted(vars(type("T", (), {"a": 1, "b": 2}))).__contains__("a"), hasattr([], "append"), getattr([], "nope", "dflt"))
print(chr(9731), ord("€"), hex(ord("A")), bin(5)[2:].zfill(8), oct(64), ascii("ü"), format(255, "08b"))
print(list(reversed([1, 2, 3])), list(reversed(range(4))), list(reversed("abc")), list(reversed({"a": 1, "b": 2})))
print(repr(slice(3)), type(...).__name__, type(NotImplemented).__name__, isinstance(None, type(None)))
print(int(), float(), str(), list(), tuple(), dict(), set(), bool(), complex(), bytes(), frozenset())
print(round(123.456, -1), round(123.456, 1), round(5), isinstance(round(5.0), int), int(True), float(False))
print(list(range(10, 0, -3)), range(5).index(3), range(0, 10, 2).count(4), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(hash(1) == hash(1.0) == hash(True), hash("") == 0 or True, type(hash("x")).__name__, id(None) == id(None))
ns = {}
exec("def f(a, b=2):\n    return a * b\nresult = f(5)", ns)
print(ns["result"], eval("f(2, 3) + 1", ns), eval("x * 2", {"x": 4}), eval("len(y)", {}, {"y": [1]}))
code = compile("1 + 2", "<calc>", "eval")
print(eval(code), code.co_filename, type(code).__name__)
print(globals()["__name__"], __name__, type(__builtins__).__name__ in ("module", "dict"), dir()[:3])
print(format(3.14159, ".3"), format("x", "^5"), format(10, ""), str.format("{0}{0}", "ab"), "{}".format({}))
print(sorted(set(dir(object)) - set(dir(type("E", (), {}))))[:2], "__init__" in dir(object), "__dict__" in dir(type("E", (), {})))
print(object.__doc__, int.__name__, int.__qualname__, len.__name__, print.__module__ if hasattr(print, "__module__") else "")
