# printf-style formatting with %.
print("%s %d %5.2f %r %x %%" % ("a", 42, 3.14159, "b", 255))  # expect: a 42  3.14 'b' ff %
print("%s" % "single", "%d items" % 3, "%s" % (1,))   # expect: single 3 items 1
print("%(name)s is %(age)d" % {"name": "Bo", "age": 5})  # expect: Bo is 5
print("[%5s|%-5s|%.2s]" % ("ab", "ab", "abc"))        # expect: [   ab|ab   |ab]
print("%+d % d %05d %-5d|" % (3, 3, -42, 7))          # expect: +3  3 -0042 7    |
print("%#x %#X %#o %o %X" % (255, 255, 8, 8, 3054))   # expect: 0xff 0XFF 0o10 10 BEE
print("%.3d %5.3d %x" % (5, -5, -255))                # expect: 005  -005 -ff
print("%e %E %g %G %.3g" % (12345.678, 0.5, 1e-5, 1e20, 0.0001234))  # expect: 1.234568e+04 5.000000E-01 1e-05 1E+20 0.000123
print("%f %.0f %#.0f %08.3f" % (1.5, 2.5, 3, -3.14159))  # expect: 1.500000 2 3. -003.142
print("%c%c%c" % (72, "i", 0x1F600))                  # expect: Hi😀
print("%i %u %d" % (True, 3.99, -3.99))               # expect: 1 3 -3
print("%*d|%-*d|%.*f" % (4, 1, 4, 2, 2, 3.14159))     # expect:    1|2   |3.14
print("%s %s" % ([1, 2], (3,)), "%s" % [1, 2])         # expect: [1, 2] (3,) [1, 2]
print("%a %r" % ("é", "é"))                           # expect: '\xe9' 'é'
print("%d" % 2**70, "%x" % 2**64)                     # expect: 1180591620717411303424 10000000000000000
print("%f %F %5.1f" % (float("inf"), float("nan"), float("-inf")))  # expect: inf NAN  -inf
print("%-6s|%6s|" % ("é", "日本"))                     # expect: é     |    日本|
