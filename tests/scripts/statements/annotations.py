# Annotations are evaluated and stored as CPython 3.11 does: functions (__annotations__), module and class bodies (annotated assignments).
def f(x: int, y: "str" = "a", *args: float, k: bool = True, **kw: dict) -> list:
    return [x]
print(f(1), f.__annotations__)
def g(a, /, b: int): pass
print(g.__annotations__, g.__annotations__ is g.__annotations__, g.__dict__)
def h(): pass
print(h.__annotations__, h.__dict__)
x: int = 5
y: str
print(__annotations__, x)
class A:
    n: int = 3
    m: "str"
    __private: int = 1
    def meth(self, v: "A") -> None: pass
print(A.__annotations__, A.n, A.meth.__annotations__, hasattr(A, 'm'))
class B(A):
    pass
print(B.__dict__.get('__annotations__', 'none'))
def local():
    z: int = 1
    w: undefined_name
    return z
print(local())
class C:
    pass
c = C()
c.attr: int = 4
print(c.attr)
def outer():
    T = float
    def inner(v: T) -> T: return v
    return inner
print(outer().__annotations__)
try:
    f.__defaults__ = [1]
except TypeError as e:
    print(e)
h.__annotations__ = {'a': 1}; print(h.__annotations__)

# Expected output (CPython 3.11):
# expect: [1] {'x': <class 'int'>, 'y': 'str', 'args': <class 'float'>, 'k': <class 'bool'>, 'kw': <class 'dict'>, 'return': <class 'list'>}
# expect: {'b': <class 'int'>} True {}
# expect: {} {}
# expect: {'x': <class 'int'>, 'y': <class 'str'>} 5
# expect: {'n': <class 'int'>, 'm': 'str', '_A__private': <class 'int'>} 3 {'v': 'A', 'return': None} False
# expect: none
# expect: 1
# expect: 4
# expect: {'v': <class 'float'>, 'return': <class 'float'>}
# expect: __defaults__ must be set to a tuple object
# expect: {'a': 1}
