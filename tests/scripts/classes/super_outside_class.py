# `super` in a nested function outside any class is just a global name (no class cell).
def outer(cls):
    def f(self):
        return super(cls, self)
    return f
class A: pass
print(outer(A)(A()))
def g():
    super
    return 1
print(g())

# Expected output (CPython 3.11):
# expect: <super: <class 'A'>, <A object>>
# expect: 1
