# str(x) and plain f-string fields ({x} without spec or conversion) for the
# kinds that take the short ways, and the ones that must not.
class S(str):
    def __str__(self):
        return "S.__str__"
    def __format__(self, spec):
        return "S.__format__"

class I(int):
    def __format__(self, spec):
        return "I.__format__"

class R:
    def __str__(self):
        return "R.__str__"

s = S("abc")
print(str(s), type(str(s)).__name__, str(R()), str(7), str(-12345678901234567890), str(True))
# expect: S.__str__ str R.__str__ 7 -12345678901234567890 True
print(f"{s}|{I(3)}|{R()}|{7}|{-2**60}|{True}|{'plain'}|{2.5}")
# expect: S.__format__|I.__format__|R.__str__|7|-1152921504606846976|True|plain|2.5
print(str(), str(b"x", "ascii"), str(object="kw"), repr(str("")))
# expect:  x kw ''
try:
    str(1, 2, 3, 4)
except TypeError as e:
    print(e)
# expect: str() takes at most 3 arguments (4 given)
