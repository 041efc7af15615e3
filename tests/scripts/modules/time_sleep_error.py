# time.sleep argument checks.
import time
for bad in ("1", float("nan")):
    try:
        time.sleep(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: ValueError Invalid value NaN (not a number)
time.sleep(-1)
# expect runtime error: ValueError: sleep length must be non-negative
