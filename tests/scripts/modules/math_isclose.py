# isclose with relative and absolute tolerances.
import math
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1))  # expect: True False
print(math.isclose(1.0, 1.1, rel_tol=0.2))                       # expect: True
print(math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9))  # expect: False True
print(math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))  # expect: True False
math.isclose(1, 2, rel_tol=-1)
# expect runtime error: ValueError: tolerances must be non-negative
