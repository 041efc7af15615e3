# str() falls back to __repr__; containers use repr; format()/f-strings/
# str.format call __format__; results of the wrong type are TypeErrors.
class R:
    def __repr__(self):
        return "R()"


class S:
    def __str__(self):
        return "S-str"


class Both:
    def __str__(self):
        return "str"

    def __repr__(self):
        return "repr"


class Fmt:
    def __format__(self, spec):
        return "F[" + spec + "]"


class Num:
    def __format__(self, spec):
        return format(42, spec)


print(R(), str(R()), [R()], f"{R()}", "%s|%r" % (R(), R()), "{}".format(R()))
print(str(S()), repr(S()).startswith("<__main__.S object at 0x"), f"{S()!s}")
print(Both(), [Both()], (Both(),), {1: Both()}, f"{Both()!r}", "{0!r} {0!s} {0}".format(Both()))
print(format(Fmt(), "abc"), f"{Fmt():>10}", "{:xyz}".format(Fmt()), f"{Fmt()}")
print(f"{Num():05d}|{Num():x}|{Num():,}|{Num():>6}")
print(format(R()), format(R(), ""))


class BadStr:
    def __str__(self):
        return 5


class BadRepr:
    def __repr__(self):
        return None


class BadFmt:
    def __format__(self, spec):
        return 5


for f in [lambda: format(R(), "x"), lambda: f"{R():>5}", lambda: str(BadStr()),
          lambda: print(BadStr()), lambda: repr(BadRepr()), lambda: str(BadRepr()),
          lambda: format(BadFmt())]:
    try:
        f()
    except TypeError as e:
        print(e)

# expect: R() R() [R()] R() R()|R() R()
# expect: S-str True S-str
# expect: str [repr] (repr,) {1: repr} repr repr str str
# expect: F[abc] F[>10] F[xyz] F[]
# expect: 00042|2a|42|    42
# expect: R() R()
# expect: unsupported format string passed to R.__format__
# expect: unsupported format string passed to R.__format__
# expect: __str__ returned non-string (type int)
# expect: __str__ returned non-string (type int)
# expect: __repr__ returned non-string (type NoneType)
# expect: __str__ returned non-string (type NoneType)
# expect: __format__ must return a str, not int
