# types.ModuleType(name, doc=None) makes an empty module with CPython's attributes and repr
import types, sys
m = types.ModuleType('dyn')
print(m.__name__, m.__doc__, m.__package__, m.__loader__, m.__spec__, repr(m), sorted(m.__dict__))
m2 = types.ModuleType('d2', 'the doc'); print(m2.__doc__, type(m2) is types.ModuleType, isinstance(m2, types.ModuleType))
exec('x = 40 + 2\ndef f(): return x', m.__dict__)
print(m.x, m.f())
sys.modules['dyn'] = m
import dyn
print(dyn is m, dyn.f())
for args in [(1,), (), ('a', 'b', 'c')]:
    try: types.ModuleType(*args)
    except TypeError as e: print('TypeError', e)
print(repr(sys), repr(types.ModuleType('sys')))

# expect: dyn None None None None <module 'dyn'> ['__doc__', '__loader__', '__name__', '__package__', '__spec__']
# expect: the doc True True
# expect: 42 42
# expect: True 42
# expect: TypeError module() argument 'name' must be str, not int
# expect: TypeError module() missing required argument 'name' (pos 1)
# expect: TypeError module() takes at most 2 arguments (3 given)
# expect: <module 'sys' (built-in)> <module 'sys'>
