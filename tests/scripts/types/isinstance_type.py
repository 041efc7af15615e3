print(isinstance(1, int), isinstance(1.0, float), isinstance("", str), isinstance(True, (str, int)))
print(type(1) is int, type(True) is bool, type([]) == list, issubclass(bool, int))
print(int.__name__, type(int).__name__, type(type).__name__, str.__mro__)
class A: pass
class B(A): pass
print(isinstance(B(), A), issubclass(B, A), issubclass(A, B), type(B()).__name__)

# expect: True True True True
# expect: True True True True
# expect: int type type (<class 'str'>, <class 'object'>)
# expect: True True False B
