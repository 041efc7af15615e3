# printf-style '%' formatting: conversions, flags, '*' widths, mapping keys,
# tuples vs single values, and the errors it raises.
cases = [
    ("%d", 42), ("%5d", 42), ("%-5d|", 42), ("%05d", -42), ("%+d", 42), ("% d", 42),
    ("%i", 7.9), ("%x", 255), ("%X", 255), ("%#x", 255), ("%#o", 8), ("%o", 8),
    ("%e", 12345.678), ("%.2E", 0.000123), ("%f", 1.5), ("%.0f", 2.5), ("%.0f", 3.5),
    ("%g", 0.0001), ("%g", 0.00001), ("%G", 1e20), ("%10.3f|", 3.14159), ("%-10.3f|", 3.14159),
    ("%s", [1, "a"]), ("%r", "quote'd"), ("%a", "é"), ("%c", 65), ("%c", "z"), ("%%", ()),
    ("%.3s", "abcdef"), ("%5.1s|", "xyz"), ("%s", (1, 2)),
]
for fmt, arg in cases:
    try:
        print(repr(fmt), "->", repr(fmt % arg))
    except Exception as e:
        print(repr(fmt), "!!", type(e).__name__, e)

print("%s and %s" % ("a", "b"))
print("%*d|%-*d|" % (6, 1, 6, 2))
print("%.*f" % (2, 3.14159))
print("%(name)s is %(age)d years" % {"name": "Bob", "age": 30})
print("%(x)05.1f" % {"x": 2.25})
print("%s" % ((1, 2),))
print(b"%s-%d-%x" % (b"bytes", 10, 255))
print(b"%c%c" % (104, b"i"))

for fmt, arg in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1),
                 ("%(k)s", ("t",)), ("%c", 1 << 30), ("%d", None), ("%x", 1.5)]:
    try:
        print(fmt % arg)
    except Exception as e:
        print(repr(fmt), type(e).__name__ + ":", e)
