# The types module names the built-in types.
import types

def f():
    pass

def gen():
    yield 1

async def coro():
    pass

c = coro()
print(type(f) is types.FunctionType, types.LambdaType is types.FunctionType)
print(type(gen()) is types.GeneratorType)
print(type(c) is types.CoroutineType)
print(type(len) is types.BuiltinFunctionType)
print(type([].append) is types.BuiltinMethodType)
print(type(types) is types.ModuleType)
print(type(f.__code__) is types.CodeType)
print(type(None) is types.NoneType)
print(isinstance(gen(), types.GeneratorType), isinstance(c, types.GeneratorType))
c.close()
ns = types.SimpleNamespace(a=1, b='x')
print(ns, ns.a)
ns.c = 3
print(ns == types.SimpleNamespace(a=1, b='x', c=3))

# expect: True True
# expect: True
# expect: True
# expect: True
# expect: True
# expect: True
# expect: True
# expect: True
# expect: True False
# expect: namespace(a=1, b='x') 1
# expect: True
