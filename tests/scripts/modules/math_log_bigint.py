# log of ints too big for a float still works.
import math
print(math.log(10**400))        # expect: 921.0340371976182
print(math.log(10**400, 10))    # expect: 399.99999999999994
print(math.log10(10**400))      # expect: 400.0
print(math.log2(2**2000))       # expect: 2000.0
print(math.log(2**1023))        # expect: 709.0895657128241
print(math.log(1, 10), math.log(100, 10))  # expect: 0.0 2.0
try:
    math.log(8, 1)
except ZeroDivisionError as e:
    print(e)  # expect: float division by zero
