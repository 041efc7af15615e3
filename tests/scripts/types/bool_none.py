print(True, False, None, type(True).__name__, type(None).__name__)
print(True + 1, True == 1, True is 1 == False if False else "ok", bool(0), bool("0"), bool([]), bool(None))
print(str(True), repr(None), None == 0, None is None, not None)
print(isinstance(False, int), True and None, False or None)
def nothing():
    pass
print(nothing() is None, [None] * 2, {None: 1}[None])
print(bool(0.0), bool(-0.0), bool(2), bool(range(0)), bool({}), bool(()))

# expect: True False None bool NoneType
# expect: 2 True ok False True False False
# expect: True None False True True
# expect: True None None
# expect: True [None, None] 1
# expect: False False True False False False
