# floor/ceil return ints, of any size for huge floats.
import math
print(math.floor(2.5), math.ceil(2.5), math.floor(-2.5), math.ceil(-2.5))  # expect: 2 3 -3 -2
print(math.floor(1e20), math.ceil(-1e20))  # expect: 100000000000000000000 -100000000000000000000
print(math.floor(10**30), math.floor(True), type(math.floor(3.0)))
# expect: 1000000000000000000000000000000 1 <class 'int'>
class F:
    def __floor__(self):
        return "floored"
print(math.floor(F()))                    # expect: floored
try:
    math.floor(math.nan)
except ValueError as e:
    print(e)  # expect: cannot convert float NaN to integer
math.ceil(math.inf)
# expect runtime error: OverflowError: cannot convert float infinity to integer
