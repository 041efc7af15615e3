# Subclasses of int and float keep their value (boxed instances): inherited
# operations return the base type, overrides are honoured, attributes and __slots__.
class I(int): pass
a = I(5)
print(a, repr(a), type(a).__name__, type(a + 1).__name__, a + 1, a * 2, -a, +a, type(+a).__name__, abs(I(-3)), type(abs(I(-3))).__name__)
print(a == 5, hash(a) == hash(5), {a: 1}[5], {5: 'x'}[a], isinstance(a, int), int(a), type(int(a)).__name__)
print([10, 20, 30, 40, 50, 60][a], "abc"[I(1)], "ab" * I(2), range(I(3)), list(range(I(3))))
print(f"{a}", f"{a:04d}", "%d %s %r" % (a, a, a), format(a, "x"), str(a), a.bit_length(), a.real, type(a.real).__name__)
print(divmod(a, 2), a // 2, a % 3, a ** 2, a / 2, a << 1, a & 4, ~a, round(a), type(round(a)).__name__)
print(bool(I(0)), bool(I(3)), I(), I("12"), I("ff", 16), I(3.9), a < 6, 6 > a, max(I(3), I(7)), sorted([I(3), 1, I(2)]))
a.attr = "hi"
print(a.attr, a.__dict__)
class F(float): pass
f = F(1.5)
print(f, repr(f), type(f).__name__, f + 1, type(f + 1).__name__, f * 2, -f, +f, type(+f).__name__, abs(F(-2.5)))
print(f == 1.5, hash(f) == hash(1.5), {f: 1}[1.5], float(f), type(float(f)).__name__, int(f), round(f), round(F(2.567), 2))
print(f"{f}", f"{f:.3f}", "%.2f %s %r" % (f, f, f), str(f), f.is_integer(), F(2.0).is_integer(), f.as_integer_ratio(), f.hex(), f.real)
import math
print(math.sqrt(F(4.0)), math.floor(f), math.ceil(f), math.isclose(f, 1.5), bool(F(0.0)), bool(f), F(), F("2.5"), F(3))
print(f < 2, 2 > f, 1 < f, f > I(1), I(1) < f, I(2) == F(2.0), sum([F(1.5), F(2.5)]), type(sum([F(1.5), F(2.5)])).__name__)
class Celsius(float):
    def __new__(cls, v):
        return super().__new__(cls, v)
    def __repr__(self):
        return f"{float(self)}°C"
    def to_f(self):
        return Celsius(self * 9 / 5 + 32)
c = Celsius(100)
print(c, repr(c), c.to_f(), [c], str(c), f"{c}", type(c * 2).__name__)
class Flag(int):
    def __new__(cls, value, name):
        obj = int.__new__(cls, value)
        obj.name = name
        return obj
    def __repr__(self):
        return f"<Flag.{self.name}: {int(self)}>"
    def __str__(self):
        return f"Flag.{self.name}"
    def __or__(self, o):
        return Flag(int(self) | int(o), "combo")
R = Flag(4, "R"); W = Flag(2, "W")
print(R, repr(R), R | W, repr(R | W), R + 1, f"{R}", "%s" % R, [R, W], R == 4, {R: 'r'}[4], str(R), format(R, "d"))
class S2(int):
    __slots__ = ()
s2 = S2(3)
print(s2, s2 + 1)
try:
    s2.y = 1
except AttributeError as e:
    print("AE", e)
try:
    class B(bool): pass
except TypeError as e:
    print("TE", e)
print(isinstance(True, int), I(True), type(I(True)).__name__)
try: int.__new__(str, 1)
except TypeError as e: print("TE", e)
try: I("x")
except ValueError as e: print("VE", e)
big = I(2**100)
print(big, big + 1, type(big + 1).__name__, big == 2**100, hash(big) == hash(2**100), type(big).__name__)
class FS(float):
    __slots__ = ('unit',)
q = FS(2.5); q.unit = "m"
print(q, q.unit)
try: q.other = 1
except AttributeError as e: print("AE", e)
try:
    class BadI(int): __slots__ = ('a',)
except TypeError as e: print("TE", e)
class B(bytes): pass
x = b"ab"
y = B(x)
print(type(x).__name__, type(y).__name__, type(b"ab").__name__)
t = (1, 2)
class T(tuple): pass
print(type(T(t)).__name__, type(t).__name__)
class I2(I): pass
print(I2(7) + 1, type(I2(7)).__mro__)
print(int.__new__(I, 9), type(int.__new__(I, 9)).__name__, float.__new__(F, "1.25"))
print(I(5).__add__(1), I(5).__radd__(1), (1).__add__(I(5)), F(1.5).__mul__(2))
print(I(5) is I(5), type(int(I(7))) is int)
print(sorted([F(2.5), 1.0, F(0.5)]), min(I(3), 2), max(F(1.0), F(3.0)), type(max(F(1.0), F(3.0))).__name__)

# expect: 5 5 I int 6 10 -5 5 int 3 int
# expect: True True 1 x True 5 int
# expect: 60 b abab range(0, 3) [0, 1, 2]
# expect: 5 0005 5 5 5 5 5 3 5 int
# expect: (2, 1) 2 2 25 2.5 10 4 -6 5 int
# expect: False True 0 12 255 3 True True 7 [1, 2, 3]
# expect: hi {'attr': 'hi'}
# expect: 1.5 1.5 F 2.5 float 3.0 -1.5 1.5 float 2.5
# expect: True True 1 1.5 float 1 2 2.57
# expect: 1.5 1.500 1.50 1.5 1.5 1.5 False True (3, 2) 0x1.8000000000000p+0 1.5
# expect: 2.0 1 2 True False True 0.0 2.5 3.0
# expect: True True True True True True 4.0 float
# expect: 100.0°C 100.0°C 212.0°C [100.0°C] 100.0°C 100.0°C float
# expect: Flag.R <Flag.R: 4> Flag.combo <Flag.combo: 6> 5 Flag.R Flag.R [<Flag.R: 4>, <Flag.W: 2>] True r Flag.R 4
# expect: 3 4
# expect: AE 'S2' object has no attribute 'y'
# expect: TE type 'bool' is not an acceptable base type
# expect: True 1 I
# expect: TE int.__new__(str): str is not a subtype of int
# expect: VE invalid literal for int() with base 10: 'x'
# expect: 1267650600228229401496703205376 1267650600228229401496703205377 int True True I
# expect: 2.5 m
# expect: AE 'FS' object has no attribute 'other'
# expect: TE nonempty __slots__ not supported for subtype of 'int'
# expect: bytes B bytes
# expect: T tuple
# expect: 8 (<class '__main__.I2'>, <class '__main__.I'>, <class 'int'>, <class 'object'>)
# expect: 9 I 1.25
# expect: 6 6 6 3.0
# expect: False True
# expect: [0.5, 1.0, 2.5] 2 3.0 F
