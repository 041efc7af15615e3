print("%d items" % 5, "%5.1f|" % 3.14159, "%-5s|" % "ab", "%05d" % 42)
print("%s and %r" % ("s", "r"), "%x %X %o" % (255, 255, 8), "%%")
print("%(name)s is %(n)d" % {"name": "x", "n": 3})
print("%c%c" % (72, "i"), "%e" % 12345.678, "%g" % 0.0001)
try:
    "%d %d" % (1,)
except TypeError as e:
    print(e)
try:
    "%d" % "x"
except TypeError as e:
    print(e)

# expect: 5 items   3.1| ab   | 00042
# expect: s and 'r' ff FF 10 %%
# expect: x is 3
# expect: Hi 1.234568e+04 0.0001
# expect: not enough arguments for format string
# expect: %d format: a real number is required, not str
