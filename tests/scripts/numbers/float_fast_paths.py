# The dispatch loop computes float/float and float/small-int operators and
# comparisons inline; every case the general path must decide still does.

def ops(a, b):
    out = []
    for f in (lambda: a + b, lambda: a - b, lambda: a * b, lambda: a / b,
              lambda: a ** b, lambda: a // b, lambda: a % b):
        try:
            out.append(repr(f()))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out

print(ops(1.5, 2))  # expect: ['3.5', '-0.5', '3.0', '0.75', '2.25', '0.0', '1.5']
print(ops(3, 0.5))  # expect: ['3.5', '2.5', '1.5', '6.0', '1.7320508075688772', '6.0', '0.0']
print(ops(2.0, 0.0))  # expect: ['2.0', '2.0', '0.0', 'ZeroDivisionError: float division by zero', '1.0', 'ZeroDivisionError: float floor division by zero', 'ZeroDivisionError: float modulo']
print(ops(5, 0.0)[3])  # expect: ZeroDivisionError: float division by zero
print(ops(0.0, -1.0)[4])  # expect: ZeroDivisionError: 0.0 cannot be raised to a negative power
print(ops(10.0, 400.0)[4])  # expect: OverflowError: (34, 'Numerical result out of range')
print(ops(-8.0, 1 / 3)[4])  # expect: (1.0000000000000002+1.7320508075688772j)
print(ops(-2.0, 3.0)[4], ops(-2.0, 2)[4])  # expect: -8.0 4.0
print(ops(1.0, float("nan"))[4], ops(float("nan"), 0)[4])  # expect: 1.0 1.0
print(ops(float("inf"), -1.0)[4], ops(0.5, float("inf"))[4])  # expect: 0.0 0.0
print(ops(2.0, 0.5)[4], ops(1e-300, 2)[4])  # expect: 1.4142135623730951 0.0

# Small ints at the edge of the inline range, and big ints, mixed with floats.
big = 2 ** 47
print(big - 1 + 0.5, -big + 0.5, big + 0.5)  # expect: 140737488355327.5 -140737488355327.5 140737488355328.5
print(2 ** 53 + 1 + 0.0, 10 ** 400 * 0.0 if False else 1)  # expect: 9007199254740992.0 1
try:
    10 ** 400 + 1.0
except OverflowError as e:
    print("OverflowError:", e)  # expect: OverflowError: int too large to convert to float

# In-place forms.
x = 1
x += 0.25
x -= 2
x *= 2.0
x /= 4
x **= 2.0
print(x)  # expect: 0.140625
s = "a"
s += "b"
y = 2.5
y += 1
print(s, y)  # expect: ab 3.5

# Comparisons: NaN, mixed int/float, exactness near 2**47.
nan = float("nan")
print(nan < 1, nan == nan, nan != nan, 1 >= nan, nan != 1)  # expect: False False True False True
print(1 < 1.5, 2 == 2.0, 3 != 3.0, 2.5 >= 3, -1 <= -1.0)  # expect: True True False False True
print(big - 1 < big - 0.5, big - 1 == float(big - 1))  # expect: True True
print(2 ** 60 == 2.0 ** 60, 2 ** 60 + 1 > 2.0 ** 60)  # expect: True True

# Subclasses and overrides are not floats or small ints to the fast paths.
class F(float):
    def __add__(self, other):
        return "F.add"
    def __rtruediv__(self, other):
        return "F.rtruediv"
    def __lt__(self, other):
        return "F.lt"
    def __rpow__(self, other):
        return "F.rpow"

class I(int):
    def __mul__(self, other):
        return "I.mul"
    def __gt__(self, other):
        return "I.gt"

print(F(1.0) + 2, 2.0 / F(3.0), F(1.0) < 2, 2.0 ** F(2.0))  # expect: F.add F.rtruediv F.lt F.rpow
print(I(2) * 1.5, I(2) > 1.5, 1.5 + I(2), 1.5 < I(2))  # expect: I.mul I.gt 3.5 True
print(True + 0.5, 0.5 * False)  # expect: 1.5 0.0

# The line of an error raised on the slow path.
def divide(a, b):
    return a / b

try:
    divide(1.0, 0)
except ZeroDivisionError as e:
    print(e.__traceback__.tb_next.tb_lineno)  # expect: 79
