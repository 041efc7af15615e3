# exec with separate globals and locals dicts: new names go to the locals, globals stay as they were; exec in a class body binds class attributes
g = {'a': 1}
l = {}
exec("b = a + 1", g, l)
print(sorted(l), sorted(k for k in g if k != '__builtins__'))
exec("d = 6", g, l)
print(sorted(l), sorted(k for k in g if k != '__builtins__'))
exec("def fn(): return a\nr = fn()", g, l)
print(l['r'], 'fn' in g)
l2 = {'a': 100}
print(eval("a", g, l2))
exec("del a", g, l2)
print(l2, g['a'])
class K:
    exec("m = 1")
    exec("def meth(self): return 42")
print(K.m, K().meth())

# expect: ['b'] ['a']
# expect: ['b', 'd'] ['a']
# expect: 1 False
# expect: 100
# expect: {} 1
# expect: 1 42
