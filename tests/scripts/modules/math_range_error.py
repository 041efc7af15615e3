# Overflowing results raise OverflowError("math range error").
import math
for f in (lambda: math.exp(1000), lambda: math.pow(10, 400), lambda: math.cosh(1000),
          lambda: math.ldexp(1, 5000)):
    try:
        f()
    except OverflowError as e:
        print(e)
# expect: math range error
# expect: math range error
# expect: math range error
# expect: math range error
print(math.exp(-1000), math.ldexp(1, -5000))  # expect: 0.0 0.0
math.sqrt(10**400)
# expect runtime error: OverflowError: int too large to convert to float
