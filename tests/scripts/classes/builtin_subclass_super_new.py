# super().__new__(cls) in subclasses of every built-in type: the instance is
# of the subclass and keeps its value; containers get their items from the
# built-in __init__ afterwards.
class B(bytearray):
    def __new__(cls, *args):
        self = super().__new__(cls)
        return self
    def __init__(self, *args):
        super().__init__(*args)
b = B(b"abc")
print(type(b).__name__, b, len(b))

class I(int):
    def __new__(cls, v, extra):
        o = super().__new__(cls, v)
        o.extra = extra
        return o
i = I(5, "x"); print(i, i.extra, i + 1, type(i).__name__)

class F(float):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(F(1.5), type(F(1.5)).__name__)

class S(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
print(S("abc"), repr(S("abc")), type(S("x")).__name__)

class By(bytes):
    def __new__(cls, v):
        return super().__new__(cls, v + b"!")
print(By(b"hi"), type(By(b"x")).__name__)

class T(tuple):
    def __new__(cls, *a):
        return super().__new__(cls, a)
print(T(1, 2), type(T()).__name__)

class L(list):
    def __new__(cls, *a):
        o = super().__new__(cls)
        print("new list", o)
        return o
print(L([1, 2]), type(L()).__name__)

class D(dict):
    def __new__(cls, *a, **k):
        o = super().__new__(cls)
        return o
print(D(a=1), type(D()).__name__)

class Fs(frozenset):
    def __new__(cls, *a):
        return super().__new__(cls, a)
print(sorted(Fs(3, 1, 2)), type(Fs()).__name__)

class C(complex):
    def __new__(cls, r):
        return super().__new__(cls, r, 1)
print(C(2), type(C(2)).__name__)

class St(set):
    def __new__(cls, *a):
        return super().__new__(cls)
s = St([1,2]); print(sorted(s), type(s).__name__)

class BA2(bytearray):
    pass
print(BA2(b"xy"), bytearray.__new__(BA2), type(bytearray.__new__(BA2)).__name__)
print(int.__new__(I, 7), type(int.__new__(I, 7)).__name__)
try:
    int.__new__(str)
except TypeError as e:
    print(e)
try:
    bytearray.__new__(int)
except TypeError as e:
    print(e)
class E(Exception):
    def __new__(cls, *a):
        o = super().__new__(cls, *a)
        o.tag = 1
        return o
e = E("m"); print(repr(e), e.tag)

# expect: B B(b'abc') 3
# expect: 5 x 6 I
# expect: 3.0 F
# expect: ABC 'ABC' S
# expect: b'hi!' By
# expect: (1, 2) T
# expect: new list []
# expect: new list []
# expect: [1, 2] L
# expect: {'a': 1} D
# expect: [1, 2, 3] Fs
# expect: (2+1j) C
# expect: [1, 2] St
# expect: BA2(b'xy') BA2(b'') BA2
# expect: 7 I
# expect: int.__new__(str): str is not a subtype of int
# expect: bytearray.__new__(int): int is not a subtype of bytearray
# expect: E('m') 1
