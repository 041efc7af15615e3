# fsum is exact; hypot is accurate for several coordinates.
import math
print(sum([0.1] * 10), math.fsum([0.1] * 10))   # expect: 0.9999999999999999 1.0
print(math.fsum([1e100, 1.0, -1e100, 1e-100]))  # expect: 1.0
print(math.fsum([1e-16, 1, 1e16]))              # expect: 1.0000000000000002e+16
print(math.fsum([]), math.fsum(range(5)))       # expect: 0.0 10.0
print(math.fsum([math.inf, 1.0]))               # expect: inf
try:
    math.fsum([math.inf, -math.inf])
except ValueError as e:
    print(e)  # expect: -inf + inf in fsum
try:
    math.fsum([1e308, 1e308])
except OverflowError as e:
    print(e)  # expect: intermediate overflow in fsum
print(math.hypot(1e308, 1e308))                 # expect: 1.4142135623730951e+308
print(math.hypot(3e-320, 4e-320))               # expect: 5e-320
print(math.hypot(-3, 4, math.inf, math.nan))    # expect: inf
