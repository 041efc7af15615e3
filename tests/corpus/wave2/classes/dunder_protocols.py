# A vector/matrix class in the textbook style exercising the numeric and
# container dunders: reflected ops, in-place ops, NotImplemented, __bool__, __len__,
# __contains__, __iter__, __reversed__, __hash__/__eq__, __index__, __round__, __call__.
import math


class Vec:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"

    def __add__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return NotImplemented

    __rmul__ = __mul__

    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        yield self.x
        yield self.y

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __round__(self, n=None):
        return Vec(round(self.x, n), round(self.y, n))

    def __format__(self, spec):
        return f"({format(self.x, spec)}, {format(self.y, spec)})"


a, b = Vec(1, 2), Vec(3.5, -1)
print(a + b, a * 2, 3 * a, a * b, -a, abs(Vec(3, 4)), bool(Vec(0, 0)), len(a), list(a), a[1], a[-1])
c = a
c += b
print(c is a, a, round(Vec(1.256, 2.5)), round(Vec(1.256, 2.5), 1), f"{b:.2f}", {Vec(1, 1), Vec(1, 1)})
print(Vec(1, 2) == Vec(1, 2), Vec(1, 2) != Vec(2, 1), Vec(1, 2) == (1, 2), 2 in a, list(reversed(a)), max(a), sorted(b))
for expr in ["a + 1", "1 + a", "a * 'x'", "a < b", "a @ b", "hash([a])"]:
    try:
        print(eval(expr))
    except TypeError as e:
        print(f"{expr}: TypeError: {e}")


class Poly:
    def __init__(self, *coef):
        self.coef = coef

    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.coef))

    def __index__(self):
        return len(self.coef)

    def __contains__(self, value):
        return value in self.coef

    def __lt__(self, other):
        return len(self.coef) < len(other.coef)


p = Poly(1, 0, 2)
print(p(3), [p(x) for x in range(4)], bin(p), [10, 20, 30, 40][p], 2 in p, 5 in p, range(10)[p:])
print(sorted([Poly(1, 2), Poly(1), Poly(1, 2, 3)], key=lambda q: q.coef)[0].coef, Poly(1) < Poly(1, 2), Poly(1, 2) > Poly(1))
try:
    Poly(1) <= Poly(2)
except TypeError as e:
    print("TypeError:", e)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        print("  Money.__eq__")
        return NotImplemented


print(Money(1) == Money(1), Money(1) != 5, Money(1) == None)
