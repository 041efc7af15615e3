# isinstance/issubclass with types and (nested) tuples of types.
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B))         # expect: True False
print(isinstance(1, (str, (float, int))))              # expect: True
print(isinstance(True, int), isinstance(1, bool))      # expect: True False
print(isinstance("s", ()))                             # expect: False
print(issubclass(B, A), issubclass(A, (B, object)))    # expect: True True
print(issubclass(bool, (str, int)))                    # expect: True
print(isinstance(1, (int, 1)))                         # expect: True
try:
    isinstance(1, (str, 1))
except TypeError as e:
    print(e)  # expect: isinstance() arg 2 must be a type, a tuple of types, or a union
try:
    issubclass(1, int)
except TypeError as e:
    print(e)  # expect: issubclass() arg 1 must be a class
issubclass(int, "x")
# expect runtime error: TypeError: issubclass() arg 2 must be a class, a tuple of classes, or a union
