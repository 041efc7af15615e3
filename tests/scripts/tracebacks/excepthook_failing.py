# A sys.excepthook that raises: both tracebacks, as CPython prints them.
import sys

def hook(t, v, tb):
    print("in hook", t.__name__)
    raise RuntimeError("hook broke")

sys.excepthook = hook
def f():
    1 / 0
f()
# expect: in hook ZeroDivisionError
# expect stderr: Error in sys.excepthook:
# expect stderr: Traceback (most recent call last):
# expect stderr: File "excepthook_failing.py", line 6, in hook
# expect stderr: RuntimeError: hook broke
# expect stderr: Original exception was:
# expect stderr: Traceback (most recent call last):
# expect stderr: File "excepthook_failing.py", line 11, in <module>
# expect stderr: File "excepthook_failing.py", line 10, in f
# expect stderr: ZeroDivisionError: division by zero
# expect exit: 1
