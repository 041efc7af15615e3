import math
class Vector:
    __match_args__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
    def __format__(self, spec):
        return f"<{format(self.x, spec)}, {format(self.y, spec)}>"
    def __add__(self, o):
        if isinstance(o, Vector):
            return Vector(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __sub__(self, o):
        return self + (-o)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(self.x * k, self.y * k)
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)
    def __neg__(self):
        return Vector(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __bool__(self):
        return bool(self.x or self.y)
    def __eq__(self, o):
        return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __len__(self):
        return 2
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __round__(self, n=None):
        return Vector(round(self.x, n), round(self.y, n))

v, w = Vector(3, 4), Vector(1, -2)
print(v + w, v - w, v * 2, 3 * v, v * w, -v, +v, abs(v), v / 2)
print(repr(v), str(v), f"{v}", f"{v:.2f}", format(w, "+d"), "{:>3}".format(v))
print(v == Vector(3, 4), v != w, v < w, w < v, sorted([v, w, Vector()]), max(v, w))
print(bool(Vector()), bool(v), len(v), v[0], v[-1], list(v), tuple(w), dict([v, w]))
print(sum([v, w, Vector(1, 1)]), {v, Vector(3, 4), w} == {v, w}, round(Vector(1.26, 2.71), 1))
x, y = v
print(x, y, [c * 2 for c in v], 4 in v, 5 in v)
for bad in [lambda: v + 1, lambda: 1 + v, lambda: v * "s", lambda: v @ w, lambda: v ** 2, lambda: ~v]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
acc = Vector()
for i in range(3):
    acc += Vector(i, i * i)
acc *= 2
print(acc, acc.__dict__)
print(math.sqrt(v * v), Vector(*v), Vector(**{"x": 5}))

# expect: (4, 2) (2, 6) (6, 8) (9, 12) -5 (-3, -4) (3, 4) 5.0 (1.5, 2.0)
# expect: Vector(3, 4) (3, 4) <3, 4> <3.00, 4.00> <+1, -2> <  3,   4>
# expect: True True False True [Vector(0, 0), Vector(1, -2), Vector(3, 4)] (3, 4)
# expect: False True 2 3 4 [3, 4] (1, -2) {3: 4, 1: -2}
# expect: (5, 3) True (1.3, 2.7)
# expect: 3 4 [6, 8] True False
# expect: TypeError: unsupported operand type(s) for +: 'Vector' and 'int'
# expect: TypeError: unsupported operand type(s) for +: 'int' and 'Vector'
# expect: TypeError: can't multiply sequence by non-int of type 'Vector'
# expect: TypeError: unsupported operand type(s) for @: 'Vector' and 'Vector'
# expect: TypeError: unsupported operand type(s) for ** or pow(): 'Vector' and 'int'
# expect: TypeError: bad operand type for unary ~: 'Vector'
# expect: (6, 10) {'x': 6, 'y': 10}
# expect: 5.0 (3, 4) (5, 0)
