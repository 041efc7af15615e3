# With the recursion limit raised far beyond what the C++ stack can hold,
# native recursion (repr, ==, hash of nested containers, isinstance with
# nested tuples) still ends in RecursionError, never a crash. (CPython
# crashes on these.)
# cpython: no
import sys
sys.setrecursionlimit(10**7)
def nested(wrap, n):
    x = wrap(None)
    for i in range(n):
        x = wrap(x)
    return x
for name, action in [
    ("repr", lambda: repr(nested(lambda v: [v], 300000))),
    ("eq", lambda: nested(lambda v: [v], 300000) == nested(lambda v: [v], 300000)),
    ("hash", lambda: hash(nested(lambda v: (v,), 300000))),
    ("isinstance", lambda: isinstance(1, nested(lambda v: (v, str), 300000))),
    ("str of dict", lambda: str(nested(lambda v: {"k": v}, 300000))),
]:
    try:
        action()
        print(name, "finished")
    except RecursionError as e:
        print(name, "RecursionError")
# expect: repr RecursionError
# expect: eq RecursionError
# expect: hash RecursionError
# expect: isinstance RecursionError
# expect: str of dict RecursionError
