# getattr with and without a default; only AttributeError is swallowed.
class P:
    x = 1
    @property
    def boom(self):
        raise KeyError("inside")
p = P()
print(getattr(p, "x"))             # expect: 1
print(getattr(p, "y", "dflt"))     # expect: dflt
print(getattr(p, "y", None))       # expect: None
try:
    getattr(p, "boom", 0)
except KeyError as e:
    print("KeyError", e)           # expect: KeyError 'inside'
try:
    getattr(p, 5)
except TypeError as e:
    print(e)                       # expect: attribute name must be string, not 'int'
getattr(p, "missing")
# expect runtime error: AttributeError: 'P' object has no attribute 'missing'
