# Subclasses of bytearray, list, dict, set whose __new__ passes arguments on,
# with and without their own __init__; a __new__ returning another object
# skips __init__; bytearray.__new__'s receiver checks; copy of a bytearray
# subclass.
import copy
class B(bytearray):
    def __new__(cls, data, tag):
        self = super().__new__(cls, data)
        self.tag = tag
        return self
    def __init__(self, data, tag):
        super().__init__(data * 2)
b = B(b"ab", "t"); print(b, b.tag, type(b).__name__)

class L(list):
    def __new__(cls, *args, **kw):
        return super().__new__(cls, *args, **kw)
print(L([1, 2, 3]), L(), L("ab"))

class L2(list):
    def __new__(cls, n):
        return super().__new__(cls)
    def __init__(self, n):
        super().__init__(range(n))
print(L2(4))

class D(dict):
    def __new__(cls, *a, **k):
        inst = super().__new__(cls, *a, **k)
        inst.created = True
        return inst
d = D({"x": 1}, y=2); print(d, d.created)

class S(set):
    def __new__(cls, it=()):
        return super().__new__(cls, it)
print(sorted(S([3, 1])), sorted(S()))

class FS(frozenset):
    def __new__(cls, *items):
        return super().__new__(cls, items)
print(sorted(FS(1, 2)), type(FS(1)).__name__)

class Weird(list):
    def __new__(cls, *a):
        return [99]  # not an instance: __init__ is not called
print(Weird(1, 2), type(Weird()).__name__)

class BA(bytearray): pass
x = BA(b"xyz")
y = copy.copy(x); print(y, type(y).__name__)
print(bytearray.__new__(BA, b"ignored"))
try:
    bytearray.__new__(list)
except TypeError as e:
    print(e)
try:
    bytearray.__new__(1)
except TypeError as e:
    print(e)
try:
    bytearray.__new__()
except TypeError as e:
    print(e)
class OD(dict):
    def __init__(self, *a, **k):
        print("OD init", a, k)
        super().__init__(*a, **k)
print(OD(a=1))

# expect: B(b'abab') t B
# expect: [1, 2, 3] [] ['a', 'b']
# expect: [0, 1, 2, 3]
# expect: {'x': 1, 'y': 2} True
# expect: [1, 3] []
# expect: [1, 2] FS
# expect: [99] list
# expect: BA(b'xyz') BA
# expect: BA(b'')
# expect: bytearray.__new__(list): list is not a subtype of bytearray
# expect: bytearray.__new__(X): X is not a type object (int)
# expect: bytearray.__new__(): not enough arguments
# expect: OD init () {'a': 1}
# expect: {'a': 1}
