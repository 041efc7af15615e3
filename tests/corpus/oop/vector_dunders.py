"""A 2D/3D Vector class exercising arithmetic, comparison, container and conversion dunders."""
import math


class Vector:
    __slots__ = ("_c",)

    def __init__(self, *components):
        self._c = tuple(float(c) for c in components)

    def __repr__(self):
        return f"Vector({', '.join(f'{c:g}' for c in self._c)})"

    def __str__(self):
        return "<" + ", ".join(f"{c:g}" for c in self._c) + ">"

    def __len__(self):
        return len(self._c)

    def __iter__(self):
        return iter(self._c)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(*self._c[i])
        return self._c[i]

    def __eq__(self, other):
        return isinstance(other, Vector) and self._c == other._c

    def __hash__(self):
        return hash(self._c)

    def __abs__(self):
        return math.hypot(*self._c)

    def __bool__(self):
        return any(self._c)

    def _check(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        if len(other) != len(self):
            raise ValueError("dimension mismatch")
        return other

    def __add__(self, other):
        if self._check(other) is NotImplemented:
            return NotImplemented
        return Vector(*(a + b for a, b in zip(self, other)))

    def __sub__(self, other):
        if self._check(other) is NotImplemented:
            return NotImplemented
        return Vector(*(a - b for a, b in zip(self, other)))

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(*(a * k for a in self))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vector(*(a / k for a in self))

    def __neg__(self):
        return self * -1

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self, other))

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __format__(self, spec):
        if spec.endswith("p") and len(self) == 2:
            fmt = spec[:-1]
            return f"({abs(self):{fmt}}, {math.atan2(self[1], self[0]):{fmt}})"
        return "(" + ", ".join(format(c, spec) for c in self) + ")"


v, w = Vector(3, 4), Vector(1, -2)
print(v, repr(w), abs(v), len(v), list(v))
print(v + w, v - w, v * 2, 3 * w, -v, v / 2, v @ w)
print(v == Vector(3.0, 4.0), v != w, bool(Vector(0, 0)), bool(v))
print(sorted([v, w, Vector(0, 1)]), max(v, w))
print({v, Vector(3, 4), w} == {v, w}, v[0], v[-1], v[::-1])
print(f"{v:.1f} {v:.3p} {w:+}")
try:
    v + Vector(1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    v.extra = 1
except AttributeError as e:
    print("AttributeError:", type(e).__name__)
print(sum([v, w, v], Vector(0, 0)))
