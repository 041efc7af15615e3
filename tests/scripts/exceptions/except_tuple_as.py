def risky(k):
    if k == 0:
        raise KeyError("k0")
    if k == 1:
        raise IndexError("i1")
    if k == 2:
        raise TypeError("t2")
    return "ok"
for k in range(4):
    try:
        print(risky(k))
    except (KeyError, IndexError) as e:
        print("lookup", type(e).__name__, e)
    except TypeError as e:
        print("type", e)
try:
    raise ValueError("v")
except (LookupError, ValueError) as e:
    print("tuple caught", repr(e))
try:
    raise KeyError('k')
except LookupError as e:
    print("base class caught", type(e).__name__)

# expect: lookup KeyError 'k0'
# expect: lookup IndexError i1
# expect: type t2
# expect: ok
# expect: tuple caught ValueError('v')
# expect: base class caught KeyError
