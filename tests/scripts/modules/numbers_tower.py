# numbers: the numeric tower with the builtins, Fraction and Decimal registered; a Real subclass gets the derived methods; missing abstract methods refuse instantiation.
import numbers
from decimal import Decimal
from fractions import Fraction

values = [1, True, 2.5, 1j, Fraction(1, 3), Decimal("1.1"), "x", None]
for v in values:
    print(type(v).__name__, [isinstance(v, t) for t in (numbers.Number, numbers.Complex, numbers.Real,
                                                         numbers.Rational, numbers.Integral)])
print(issubclass(bool, numbers.Integral), issubclass(float, numbers.Rational), issubclass(Fraction, numbers.Real))


def total(xs):
    if not all(isinstance(x, numbers.Real) for x in xs):
        raise TypeError("only real numbers")
    return sum(xs)


print(total([1, 2.5, Fraction(1, 2)]))
try:
    total([1, 1j])
except TypeError as e:
    print("TypeError:", e)


class Meters(numbers.Real):
    def __init__(self, v):
        self.v = float(v)

    def __float__(self):
        return self.v

    def __repr__(self):
        return f"Meters({self.v})"

    def _wrap(op):
        def f(self, other):
            o = other.v if isinstance(other, Meters) else other
            return Meters(op(self.v, o))
        return f

    __add__ = _wrap(lambda a, b: a + b)
    __radd__ = _wrap(lambda a, b: b + a)
    __mul__ = _wrap(lambda a, b: a * b)
    __rmul__ = _wrap(lambda a, b: b * a)
    __truediv__ = _wrap(lambda a, b: a / b)
    __rtruediv__ = _wrap(lambda a, b: b / a)
    __floordiv__ = _wrap(lambda a, b: a // b)
    __rfloordiv__ = _wrap(lambda a, b: b // a)
    __mod__ = _wrap(lambda a, b: a % b)
    __rmod__ = _wrap(lambda a, b: b % a)
    __pow__ = _wrap(lambda a, b: a ** b)
    __rpow__ = _wrap(lambda a, b: b ** a)

    def __neg__(self):
        return Meters(-self.v)

    def __pos__(self):
        return Meters(self.v)

    def __abs__(self):
        return Meters(abs(self.v))

    def __trunc__(self):
        return int(self.v)

    def __floor__(self):
        return int(self.v // 1)

    def __ceil__(self):
        return -int(-self.v // 1)

    def __round__(self, n=None):
        return round(self.v, n)

    def __eq__(self, other):
        return float(self) == float(other)

    def __lt__(self, other):
        return float(self) < float(other)

    def __le__(self, other):
        return float(self) <= float(other)


m = Meters(3)
print(m + 2, m - 1, divmod(Meters(7), 2), complex(m), m.real, m.imag, m.conjugate(), bool(Meters(0)), isinstance(m, numbers.Complex))


class Partial(numbers.Integral):
    pass


try:
    Partial()
except TypeError as e:
    print("TypeError:", str(e).split(" with")[0])
print(numbers.Integral.__mro__[1].__name__, numbers.Number.__hash__, sorted(numbers.__all__))

# expect: int [True, True, True, True, True]
# expect: bool [True, True, True, True, True]
# expect: float [True, True, True, False, False]
# expect: complex [True, True, False, False, False]
# expect: Fraction [True, True, True, True, False]
# expect: Decimal [True, False, False, False, False]
# expect: str [False, False, False, False, False]
# expect: NoneType [False, False, False, False, False]
# expect: True False True
# expect: 4.0
# expect: TypeError: only real numbers
# expect: Meters(5.0) Meters(2.0) (Meters(3.0), Meters(1.0)) (3+0j) Meters(3.0) 0 Meters(3.0) False True
# expect: TypeError: Can't instantiate abstract class Partial
# expect: Rational None ['Complex', 'Integral', 'Number', 'Rational', 'Real']
