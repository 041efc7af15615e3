# isinstance/issubclass honour __instancecheck__/__subclasscheck__ of any object, not only classes.
class M:
    def __instancecheck__(self, x): return x == 3
    def __subclasscheck__(self, c): return c is int
m = M()
print(isinstance(3, m), isinstance(4, m), issubclass(int, m))

# Expected output (CPython 3.11):
# expect: True False True
