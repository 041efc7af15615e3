# Every kind of unpacking: starred targets, nested targets, swaps, for-loop
# unpacking, * and ** in calls and displays, and the errors for wrong counts.
a, b = 1, 2
a, b = b, a
print(a, b)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
head, *rest = [1]
print(init, tail, head, rest)
(x, y), [z, *w] = (1, 2), "pqr"
print(x, y, z, w)
for i, (name, score) in enumerate([("a", 1), ("b", 2)], start=10):
    print(i, name, score)
for key, *vals in [("k", 1, 2), ("j",)]:
    print(key, vals)
print(*[1, 2], *"ab", sep="-")
print([*range(3), *(4, 5)], (*"xy",), {*"aab"} == {"a", "b"}, {**{"a": 1}, "b": 2, **{"a": 3}})


def f(p, q=0, *args, r, s=5, **kw):
    return p, q, args, r, s, kw


print(f(1, r=2))
print(f(*[1, 2, 3, 4], r=0, **{"s": 9, "extra": True}))
print(f(**{"p": "P", "r": "R"}))
m = {"a": 1}
print(dict(**m, b=2), [*m], [*m.items()])
for bad in ["a, b = 1, 2, 3", "a, b, c = 1, 2", "a, *b, c = [1]", "a, b = 1", "(a, b), c = 1, 2",
            "f(1, 2, r=3, p=4)", "f()", "f(1, 2)", "f(1, r=2, **{'r': 3})", "dict(**{1: 2})", "print(**{'sep': 1})"]:
    try:
        exec(bad, {"f": f})
    except Exception as e:
        print(f"{bad:<28} {type(e).__name__}: {e}")
nested = [(1, (2, 3)), (4, (5, 6))]
print([p + q + r for p, (q, r) in nested])
a = b = c = []
a.append(1)
print(a, b, c, a is c)
i = 0
lst = [0, 0, 0]
i, lst[i] = 1, 9
print(i, lst)
x, y = y, x = 5, 6
print(x, y)
