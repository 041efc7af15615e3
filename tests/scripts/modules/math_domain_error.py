# Invalid arguments raise "math domain error"; non-numbers raise TypeError.
import math
for f, arg in ((math.sqrt, -1), (math.log, 0), (math.log, -2**100), (math.asin, 2),
               (math.acosh, 0), (math.gamma, 0), (math.log1p, -1)):
    try:
        f(arg)
    except ValueError as e:
        print(f.__name__, e)
# expect: sqrt math domain error
# expect: log math domain error
# expect: log math domain error
# expect: asin math domain error
# expect: acosh math domain error
# expect: gamma math domain error
# expect: log1p math domain error
for bad in (lambda: math.pow(0, -1), lambda: math.fmod(1, 0), lambda: math.pow(-1, 0.5)):
    try:
        bad()
    except ValueError as e:
        print(e)
# expect: math domain error
# expect: math domain error
# expect: math domain error
try:
    math.floor("x")
except TypeError as e:
    print(e)  # expect: must be real number, not str
math.sqrt("4")
# expect runtime error: TypeError: must be real number, not str
