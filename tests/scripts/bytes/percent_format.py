# bytes % args and bytearray % args (PEP 461): %s/%b take bytes-like
# objects or __bytes__, %r/%a give ASCII reprs, %c a byte, the numbers as for
# str; widths, precision, mappings, and CPython's errors.
class B:
    def __bytes__(self):
        return b"<B>"


class Bad:
    def __bytes__(self):
        return "str"


class Idx:
    def __index__(self):
        return 65


print(b"%d items, %s" % (3, b"ok"))
print(b"%b|%s|%5s|%-5s|%.2s" % (b"x", bytearray(b"ya"), b"ab", b"cd", b"efgh"))
print(b"%r %a %a" % ("caf\xe9", b"q", [1, "\u20ac"]))
print(b"%c%c%c" % (65, b"B", Idx()))
print(b"%x %X %#x %o %#o %05d %+d % d %-4d|" % (255, 255, 255, 8, 8, 42, 42, 42, 7))
print(b"%.3f %e %g %10.2f|%-8.1f|" % (3.14159, 12345.678, 0.0001, 2.5, 1.25))
print(b"%(name)s is %(age)d" % {b"name": b"ann", b"age": 7})
print(b"%s" % B(), b"100%%" % (), b"%s" % b"single")
print(bytearray(b"%s-%d") % (b"a", 1), type(bytearray(b"%d") % 1).__name__)
print(b"%i%u" % (True, 2), b"%d" % 2 ** 70, b"%.5d" % -3)
for fmt, args in [(b"%s", "text"), (b"%s", 5), (b"%s", Bad()), (b"%c", 256), (b"%c", b"ab"),
                  (b"%c", "a"), (b"%d", b"1"), (b"%d %d", (1,)), (b"%d", (1, 2)), (b"%y", 1),
                  (b"%(x)s", (1,)), (b"%", ()), (b"%(k)s", {})]:
    try:
        print(fmt % args)
    except Exception as e:
        print(type(e).__name__, e)
x = b"%d"
x %= 5
print(x)
# expect: b'3 items, ok'
# expect: b'x|ya|   ab|cd   |ef'
# expect: b"'caf\\xe9' b'q' [1, '\\u20ac']"
# expect: b'ABA'
# expect: b'ff FF 0xff 10 0o10 00042 +42  42 7   |'
# expect: b'3.142 1.234568e+04 0.0001       2.50|1.2     |'
# expect: b'ann is 7'
# expect: b'<B>' b'100%' b'single'
# expect: bytearray(b'a-1') bytearray
# expect: b'12' b'1180591620717411303424' b'-00003'
# expect: TypeError %b requires a bytes-like object, or an object that implements __bytes__, not 'str'
# expect: TypeError %b requires a bytes-like object, or an object that implements __bytes__, not 'int'
# expect: TypeError __bytes__ returned non-bytes (type str)
# expect: OverflowError %c arg not in range(256)
# expect: TypeError %c requires an integer in range(256) or a single byte
# expect: TypeError %c requires an integer in range(256) or a single byte
# expect: TypeError %d format: a real number is required, not bytes
# expect: TypeError not enough arguments for format string
# expect: TypeError not all arguments converted during bytes formatting
# expect: ValueError unsupported format character 'y' (0x79) at index 1
# expect: TypeError format requires a mapping
# expect: ValueError incomplete format
# expect: KeyError b'k'
# expect: b'5'
