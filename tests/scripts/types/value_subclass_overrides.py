# Subclasses of int, str, tuple and float with overridden dunders: hashing and
# equality in dicts and sets, formatting, __new__, conversions.
class Money(int):
    def __add__(self, o):
        return Money(int(self) + int(o))
    __radd__ = __add__
    def __repr__(self):
        return f"${int(self)}"
    def __eq__(self, o):
        return int(self) == int(o)
    def __hash__(self):
        return hash(int(self))
    def __bool__(self):
        return True
m = Money(0)
print(m + 5, 5 + m, sum([Money(1), Money(2)], Money(0)), bool(m), m == 0, {m: 1}, [m])
class CI(str):
    def __eq__(self, o): return self.lower() == o.lower()
    def __hash__(self): return hash(self.lower())
    def __ne__(self, o): return not self == o
    def __repr__(self): return "CI(" + str.__repr__(self) + ")"
x = CI("Hello")
d = {x: 1}
print(d.get(CI("hELLO")), CI("hello") in d, CI("a") == "A", CI("a") in ["A"], "A" == CI("a"), {CI("A"), CI("a")})
print(x.lower(), type(x.lower()).__name__, x[0], type(x[0]).__name__, x + "!", len(x), x.split("l"), str(x), type(str(x)).__name__)
class Up(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
    def shout(self): return self + "!"
u = Up("abc")
print(u, repr(u), u.shout(), type(u).__name__, isinstance(u, str), u == "ABC", hash(u) == hash("ABC"), f"{u:>5}", "%s" % u)
class Vec(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    def __add__(self, o):
        return Vec(self[0] + o[0], self[1] + o[1])
    @property
    def x(self): return self[0]
v = Vec(1, 2)
print(v, v + Vec(3, 4), v.x, len(v), list(v), type(v + Vec(0, 0)).__name__, v == (1, 2), hash(v) == hash((1, 2)))
class Dist(float):
    def __add__(self, o): return Dist(float(self) + float(o))
    def __str__(self): return f"{float(self):.1f}m"
print(Dist(1.0) + 2, str(Dist(3)), f"{Dist(3)}", f"{Dist(3):.2f}", print(Dist(1.25)))
class Idx(int):
    def __index__(self): return 1
print([1, 2, 3][Idx(0)])
class Z(int):
    def __int__(self): return 42
print(int(Z(3)), float(Z(3)))

# expect: $5 $5 $3 True True {$0: 1} [$0]
# expect: 1 True True True True {CI('A')}
# expect: hello str H str Hello! 5 ['He', '', 'o'] Hello str
# expect: ABC 'ABC' ABC! Up True True True   ABC ABC
# expect: (1, 2) (4, 6) 1 2 [1, 2] Vec True True
# expect: 1.2m
# expect: 3.0m 3.0m 3.0m 3.00 None
# expect: 1
# expect: 42 3.0
