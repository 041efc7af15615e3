# __annotations__ of module code (CPython's SETUP_ANNOTATIONS): made once,
# kept across exec() calls into one namespace, in any mapping namespace.
g = {}
exec("x: int = 1", g)
exec("y: str", g)
print(g["__annotations__"])  # expect: {'x': <class 'int'>, 'y': <class 'str'>}
print("y" in g, g["x"])  # expect: False 1
g2 = {"__annotations__": {"pre": float}}
exec("a: int = 3", g2)
print(g2["__annotations__"])  # expect: {'pre': <class 'float'>, 'a': <class 'int'>}
l = {}
exec("v: bytes = b''\nw: int", {}, l)
print(l)  # expect: {'__annotations__': {'v': <class 'bytes'>, 'w': <class 'int'>}, 'v': b''}

class C:
    a: int
    exec("c: float = 1.0")
print(C.__annotations__)  # expect: {'a': <class 'int'>, 'c': <class 'float'>}

class Logged(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
class L:
    def __getitem__(self, k):
        raise KeyError(k)
    def __setitem__(self, k, v):
        print("set", k, v)
exec("x: int = 1", {}, Logged())
# expect: set __annotations__
# expect: set x
try:
    exec("x: int = 1", {}, L())
except NameError as e:
    print(e)
# expect: set __annotations__ {}
# expect: set x 1
# expect: name '__annotations__' is not defined
z: list = []
exec("q: int = 2", globals())
print(__annotations__)  # expect: {'z': <class 'list'>, 'q': <class 'int'>}
