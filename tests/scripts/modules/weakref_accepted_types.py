# Which objects accept weak references, as CPython: instances (unless __slots__ leave out __weakref__), functions, methods, classes, sets, generators; not int/str/tuple/list/dict/object()
import weakref

class C: pass
class S:
    __slots__ = ('a',)
class SW:
    __slots__ = ('a', '__weakref__')
class SS(S):
    pass
class I(int): pass
class T(tuple): pass
class L(list): pass
class D(dict): pass
class E(Exception): pass
def g():
    yield 1
async def co():
    pass

coro = co()
cands = [("object()", object()), ("C()", C()), ("S()", S()), ("SW()", SW()), ("SS()", SS()),
         ("I(1)", I(1)), ("T()", T()), ("L()", L()), ("D()", D()), ("E()", E()),
         ("Exception()", Exception()), ("function", g), ("generator", g()), ("coroutine", coro),
         ("bound method", C().__init__ if False else g.__class__), ("type", C), ("set", set()),
         ("frozenset", frozenset()), ("int", 1), ("str", "s"), ("tuple", ()), ("list", []),
         ("dict", {}), ("None", None), ("float", 1.5), ("bytes", b""), ("weakref", weakref.ref(C))]
class M:
    def m(self): pass
cands.append(("method", M().m))
cands.append(("builtin", len))
for name, v in cands:
    try:
        weakref.ref(v)
        print(name, "yes")
    except TypeError as e:
        print(name, "no:", str(e).replace("weakref.ReferenceType", "ReferenceType"))
coro.close()

# expect: object() no: cannot create weak reference to 'object' object
# expect: C() yes
# expect: S() no: cannot create weak reference to 'S' object
# expect: SW() yes
# expect: SS() yes
# expect: I(1) no: cannot create weak reference to 'I' object
# expect: T() no: cannot create weak reference to 'T' object
# expect: L() yes
# expect: D() yes
# expect: E() yes
# expect: Exception() no: cannot create weak reference to 'Exception' object
# expect: function yes
# expect: generator yes
# expect: coroutine yes
# expect: bound method yes
# expect: type yes
# expect: set yes
# expect: frozenset yes
# expect: int no: cannot create weak reference to 'int' object
# expect: str no: cannot create weak reference to 'str' object
# expect: tuple no: cannot create weak reference to 'tuple' object
# expect: list no: cannot create weak reference to 'list' object
# expect: dict no: cannot create weak reference to 'dict' object
# expect: None no: cannot create weak reference to 'NoneType' object
# expect: float no: cannot create weak reference to 'float' object
# expect: bytes no: cannot create weak reference to 'bytes' object
# expect: weakref no: cannot create weak reference to 'ReferenceType' object
# expect: method yes
# expect: builtin yes
