# type.__subclasses__() lists the live direct subclasses, oldest first, and
# does not keep a class alive: once collected it is gone from the list.
import gc


class Base:
    pass


class A(Base):
    pass


class B(Base):
    pass


class C(A, B):
    pass


print([c.__name__ for c in Base.__subclasses__()])  # expect: ['A', 'B']
print([c.__name__ for c in A.__subclasses__()])  # expect: ['C']
print([c.__name__ for c in B.__subclasses__()])  # expect: ['C']
print(C.__subclasses__())  # expect: []


def make_temporary():
    class Temp(Base):
        pass
    return Temp.__name__


print(make_temporary())  # expect: Temp
del C
gc.collect()
print([c.__name__ for c in Base.__subclasses__()])  # expect: ['A', 'B']
print(A.__subclasses__(), B.__subclasses__())  # expect: [] []

# Classes made by type() count too; built-in ones are listed under their base.
D = type("D", (Base,), {})
print([c.__name__ for c in Base.__subclasses__()])  # expect: ['A', 'B', 'D']
print(bool in int.__subclasses__())  # expect: True


class MyInt(int):
    pass


print(MyInt in int.__subclasses__())  # expect: True

# The recursive walk a plugin registry does.
def all_subclasses(cls):
    out = []
    for s in cls.__subclasses__():
        out.append(s.__name__)
        out.extend(all_subclasses(s))
    return out


class E(D):
    pass


print(all_subclasses(Base))  # expect: ['A', 'B', 'D', 'E']
try:
    Base.__subclasses__(1)
except TypeError as e:
    print("TypeError")  # expect: TypeError
