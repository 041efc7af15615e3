# Tracebacks through modules compiled into coil (functools here) show only
# the program's frames, as CPython's do for its C-accelerated lru_cache.
import functools

@functools.lru_cache
def f(x):
    return 1 / x

print(f(1))
f(0)

# expect: 1.0
# expect stderr: Traceback (most recent call last):
# expect stderr: File "frozen_frames_hidden.py", line 10, in <module>
# expect stderr: f(0)
# expect stderr: File "frozen_frames_hidden.py", line 7, in f
# expect stderr: return 1 / x
# expect runtime error: ZeroDivisionError: division by zero
