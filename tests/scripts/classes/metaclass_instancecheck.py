# A metaclass's __instancecheck__/__subclasscheck__ run for everything but the exact type, and reach type's own checks through super()
class M(type):
    def __instancecheck__(cls, inst):
        print("check", cls.__name__)
        return super().__instancecheck__(inst)
    def __subclasscheck__(cls, sub):
        return super().__subclasscheck__(sub)
class A(metaclass=M): pass
class B(A): pass
print(isinstance(B(), A), isinstance(3, A), issubclass(B, A))
print(type.__instancecheck__(int, 3))

# expect: check A
# expect: check A
# expect: True False True
# expect: True
