def f():
    try:
        raise ValueError("original")
    except ValueError:
        print("logging")
        raise
try:
    f()
except ValueError as e:
    print("re-raised", e)
def g():
    try:
        raise KeyError("k")
    except KeyError as e:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise
try:
    g()
except KeyError as e:
    print("still the key error", repr(e))
try:
    raise
except RuntimeError as e:
    print(e)

# expect: logging
# expect: re-raised original
# expect: still the key error KeyError('k')
# expect: No active exception to reraise
