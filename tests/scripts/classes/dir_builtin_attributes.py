# dir() and the type's __dict__ list the attributes built-in types answer
# themselves (BaseException.args, int.real, function.__defaults__), as
# CPython's getset descriptors.
class E(Exception):
    pass

e = E("x")
print([n for n in dir(e) if not n.startswith("__") or n in ("__cause__", "__context__", "__dict__",
                                                              "__suppress_context__", "__traceback__")])
print(BaseException.__dict__["args"], BaseException.args.__get__(e), list(E.__dict__))
BaseException.__dict__["args"].__set__(e, ("y", 1))
print(e.args, e.__dict__, vars(e))
print([n for n in dir(5) if not n.startswith("_")])
print(int.real, int.denominator.__get__(7), float.imag.__get__(2.5))
try:
    (5).real = 3
except AttributeError as err:
    print(err)
def f(a=1):
    pass
print([n for n in ("__dict__", "__defaults__", "__name__", "__qualname__", "__module__",
                   "__globals__", "__closure__", "__annotations__") if n in dir(f)])
print(type(f).__dict__["__defaults__"].__get__(f), f.__dict__)
f.__defaults__ = (2,)
print(f.__defaults__)
# expect: ['__cause__', '__context__', '__dict__', '__suppress_context__', '__traceback__', 'add_note', 'args', 'with_traceback']
# expect: <attribute 'args' of 'BaseException' objects> ('x',) ['__module__', '__weakref__', '__doc__']
# expect: ('y', 1) {} {}
# expect: ['as_integer_ratio', 'bit_count', 'bit_length', 'conjugate', 'denominator', 'from_bytes', 'imag', 'numerator', 'real', 'to_bytes']
# expect: <attribute 'real' of 'int' objects> 1 0.0
# expect: attribute 'real' of 'int' objects is not writable
# expect: ['__dict__', '__defaults__', '__name__', '__qualname__', '__module__', '__globals__', '__closure__', '__annotations__']
# expect: (1,) {}
# expect: (2,)
