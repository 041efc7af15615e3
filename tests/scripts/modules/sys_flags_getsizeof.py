# sys.flags as a plain python3 run reports them; sys.getsizeof asks the
# type's __sizeof__ (the sizes are coil's own, so only their checks are shown).
import sys
print(sys.flags.optimize, sys.flags.debug, sys.flags.dev_mode, sys.flags.int_max_str_digits)  # expect: 0 0 False -1
print(type(sys.flags).__name__, len(sys.flags), sys.flags[0])  # expect: flags 18 0
print(sys.getsizeof(0) > 0, sys.getsizeof([]) > 0, sys.getsizeof(int) > 0)  # expect: True True True
class Str:
    def __sizeof__(self): return "x"
class Neg:
    def __sizeof__(self): return -1
class Huge:
    def __sizeof__(self): return 10**30
class Fails:
    def __sizeof__(self): raise KeyError("k")
class Fixed:
    def __sizeof__(self): return 40
print(sys.getsizeof(Fixed()) >= 40)  # expect: True
for o in (Str(), Neg(), Huge(), Fails()):
    for args in ((o,), (o, "dflt")):
        try:
            print(sys.getsizeof(*args))
        except Exception as e:
            print(type(e).__name__, e)
# expect: TypeError an integer is required
# expect: dflt
# expect: ValueError __sizeof__() should return >= 0
# expect: ValueError __sizeof__() should return >= 0
# expect: OverflowError Python int too large to convert to C ssize_t
# expect: OverflowError Python int too large to convert to C ssize_t
# expect: KeyError 'k'
# expect: KeyError 'k'
print(sys.getsizeof(Str(), default=5))  # expect: 5
try:
    sys.getsizeof()
except TypeError as e:
    print(e)  # expect: getsizeof() missing required argument 'object' (pos 1)
