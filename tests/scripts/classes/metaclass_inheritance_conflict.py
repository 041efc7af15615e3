# The metaclass is inherited from the bases; the most derived one wins, and
# unrelated metaclasses are a "metaclass conflict" TypeError.


class M1(type):
    pass


class M2(type):
    pass


class M1Sub(M1):
    pass


class A(metaclass=M1):
    pass


class B(A):
    pass


print(type(B).__name__)  # expect: M1


class C(metaclass=M1Sub):
    pass


class D(A, C):  # M1Sub is derived from M1: it wins
    pass


print(type(D).__name__)  # expect: M1Sub


class E(A, metaclass=type):  # the explicit type loses to the base's M1
    pass


print(type(E).__name__)  # expect: M1


class Other(metaclass=M2):
    pass


try:
    class Bad(A, Other):
        pass
except TypeError as e:
    print(e)  # expect: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases

try:
    class Bad2(A, metaclass=M2):
        pass
except TypeError as e:
    print(type(e).__name__, str(e).startswith("metaclass conflict"))  # expect: TypeError True

# type(name, bases, ns) with a base whose metaclass is more derived makes an
# instance of that metaclass, and runs its __init__.


class Loud(type):
    def __init__(cls, name, bases, ns):
        print("Loud.__init__", name)
        super().__init__(name, bases, ns)


class L(metaclass=Loud):  # expect: Loud.__init__ L
    pass


T = type("T", (L,), {"x": 3})  # expect: Loud.__init__ T
print(type(T).__name__, T.x)  # expect: Loud 3

# Calling the metaclass directly.
U = Loud("U", (), {"y": 4})  # expect: Loud.__init__ U
print(type(U).__name__, U.y, U.__bases__)  # expect: Loud 4 (<class 'object'>,)

# A function as the metaclass: its result is bound to the name.


def as_dict(name, bases, ns):
    return {k: v for k, v in ns.items() if not k.startswith("__")}


class Data(metaclass=as_dict):
    a = 1
    b = 2


print(Data)  # expect: {'a': 1, 'b': 2}

# type.__new__ and type.__init__ check their arguments as CPython does.
try:
    type.__new__(M1, "X", [], {})
except TypeError as e:
    print(e)  # expect: type.__new__() argument 2 must be tuple, not list
try:
    type.__init__(A, 1, 2)
except TypeError as e:
    print(e)  # expect: type.__init__() takes 1 or 3 arguments
try:
    type("X", (), {}, 4)
except TypeError as e:
    print(e)  # expect: type() takes 1 or 3 arguments
