# __index__ makes an object usable as an index, slice bound, range() and
# repeat count; __call__; unary and numeric conversion dunders.
import math


class Two:
    def __index__(self):
        return 2


class Bad:
    def __index__(self):
        return 1.5


print([1, 2, 3, 4][Two()], "abcd"[Two()], bin(Two()), hex(Two()), range(Two()))
print([0] * Two(), "ab" * Two(), [1, 2, 3, 4][Two():], (1, 2, 3)[:Two()])
for f in [lambda: [1, 2][Bad()], lambda: range(Bad()), lambda: [1][object()]]:
    try:
        f()
    except TypeError as e:
        print(e)


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, y=0, *, z=0):
        return self.n + x + y + z


add = Adder(10)
print(add(1), add(1, 2, z=3), callable(add), callable(Adder), list(map(add, [1, 2])))
for f in [lambda: add(), lambda: add(1, 2, 3), lambda: Adder.__init__(add), lambda: object()()]:
    try:
        f()
    except TypeError as e:
        print(e)


class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __round__(self, n=None): return ("round", n)
    def __trunc__(self): return 3
    def __floor__(self): return 1
    def __ceil__(self): return 2


u = U()
print(-u, +u, ~u, abs(u), int(u), float(u), round(u), round(u, 2))
print(math.trunc(u), math.floor(u), math.ceil(u))


class IntBad:
    def __int__(self):
        return "x"


try:
    int(IntBad())
except TypeError as e:
    print(e)

# expect: 3 c 0b10 0x2 range(0, 2)
# expect: [0, 0] abab [3, 4] (1, 2)
# expect: __index__ returned non-int (type float)
# expect: __index__ returned non-int (type float)
# expect: list indices must be integers or slices, not object
# expect: 11 16 True True [11, 12]
# expect: Adder.__call__() missing 1 required positional argument: 'x'
# expect: Adder.__call__() takes from 2 to 3 positional arguments but 4 were given
# expect: Adder.__init__() missing 1 required positional argument: 'n'
# expect: 'object' object is not callable
# expect: neg pos inv abs 7 2.5 ('round', None) ('round', 2)
# expect: 3 1 2
# expect: __int__ returned non-int (type str)
