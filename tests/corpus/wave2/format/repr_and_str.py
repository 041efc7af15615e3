# repr() and str() of built-in values, including nesting, recursion, quotes,
# escapes and the containers' own repr rules.
values = [
    "plain", "it's", 'say "hi"', "both ' and \"", "tab\t nl\n cr\r bell\x07", "\\", "é ü 中",
    "\x00\x7f\x80\xff", "\u200b", "\U0001F600", b"bytes", b"'", b"\x00\xff\n", bytearray(b"ab"),
    1, -0, 10 ** 25, 1.0, -0.0, 1e16, 1.5e-7, 123456789012345678.0, 0.1 + 0.2, float("nan"),
    1j, -1j, 2 + 0j, complex(0, 0), complex(-0.0, -0.0), True, None, Ellipsis, NotImplemented,
    (), (1,), [], {}, set(), frozenset(), {1: "a"}, [1, [2, [3]]], range(0), range(1, 10, 2),
    slice(1, None), slice(None), type, int, object(), len, print,
]
for v in values:
    r = repr(v)
    if "object at" in r:
        r = r.split(" at ")[0] + ">"
    print(type(v).__name__, "|", r, "|", str(v) if "object at" not in str(v) else "...")

loop = [1, 2]
loop.append(loop)
print(loop)
d = {"self": None}
d["self"] = d
print(d)
print(str(["a", "b"]), str(("a",)), str({"k": "v"}))
print(repr("x" * 3), ascii("naïve ☃"), ascii(b"x"), ascii(["é"]))
print(str(b"abc"), str(1.10), str(100.0), str(2.5e-5), repr(1e22), repr(1e-5), repr(12345678.9))
