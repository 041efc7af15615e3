# Methods of built-in types are method_descriptors (class methods classmethod_descriptors,
# dunders slot wrappers) whose __get__ binds them by hand, as CPython's.
import types, inspect

# methods of built-in types are method_descriptors bound by __get__
print(str.upper, type(str.upper).__name__, str.upper.__objclass__)
print(isinstance(str.upper, types.MethodDescriptorType),
      isinstance(str.upper, types.BuiltinFunctionType))
print(str.upper.__get__("abc")(), str.upper.__get__("x", str)())
print(str.upper.__get__(None, str) is str.upper)
for bad in [(5,), (None,), (None, None)]:
    try:
        str.upper.__get__(*bad)
    except TypeError as e:
        print("TypeError:", e)
print(list.append.__qualname__, list.append.__name__)
print(inspect.ismethoddescriptor(list.append), inspect.isroutine(list.append),
      inspect.isbuiltin(list.append), inspect.isbuiltin([].append))
print(hasattr(len, '__get__'), hasattr(list.append, '__get__'), hasattr([].append, '__get__'))

# slot wrappers too
add = int.__add__
m = add.__get__(3, int)
print(type(m).__name__, m(4), add.__get__(None, int) is add)
print(list.__len__.__get__([1, 2])())
try:
    int.__add__.__get__("s")
except TypeError as e:
    print("TypeError:", e)

# class methods of built-in types
d = dict.__dict__['fromkeys']
print(d, type(d).__name__)
print(dict.fromkeys.__self__ is dict, dict.fromkeys("ab"))
class D(dict):
    pass
print(type(D.fromkeys("xy")).__name__, D.fromkeys("xy"))
print(type(int.from_bytes(b"\x01\x00", "big")), bytes.fromhex("4142"))
print(int.__dict__['from_bytes'], bytes.__dict__['fromhex'])
print(d.__get__(None, D)("q"), type(d.__get__(None, D)("q")).__name__)

# a descriptor-aware decorator that binds what it wraps by hand
class bind_through:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, cls=None):
        return self.f.__get__(obj, cls)
class S(str):
    shout = bind_through(str.upper)
    size = bind_through(str.__len__)
print(S("hey").shout(), S("hey").size())

# a library type's descriptors name it by module, as CPython's tp_name
import datetime
print(datetime.date.__dict__['today'], datetime.date.__dict__['isoformat'])

# expect: <method 'upper' of 'str' objects> method_descriptor <class 'str'>
# expect: True False
# expect: ABC X
# expect: True
# expect: TypeError: descriptor 'upper' for 'str' objects doesn't apply to a 'int' object
# expect: TypeError: __get__(None, None) is invalid
# expect: TypeError: __get__(None, None) is invalid
# expect: list.append append
# expect: True True False True
# expect: False True False
# expect: method-wrapper 7 True
# expect: 2
# expect: TypeError: descriptor '__add__' for 'int' objects doesn't apply to a 'str' object
# expect: <method 'fromkeys' of 'dict' objects> classmethod_descriptor
# expect: True {'a': None, 'b': None}
# expect: D {'x': None, 'y': None}
# expect: <class 'int'> b'AB'
# expect: <method 'from_bytes' of 'int' objects> <method 'fromhex' of 'bytes' objects>
# expect: {'q': None} D
# expect: HEY 3
# expect: <method 'today' of 'datetime.date' objects> <method 'isoformat' of 'datetime.date' objects>
