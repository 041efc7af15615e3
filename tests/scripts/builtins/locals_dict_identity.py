# locals() in a function: the hidden slot does not show in co_varnames, the dict is f_locals, a str built with += is copied whole
def f():
    x = 1
    return locals()
print(f.__code__.co_varnames, f.__code__.co_nlocals, f())
def g(a, b=2):
    return eval("a + b")
print(g.__code__.co_varnames, g(1))
print([locals() for i in range(1)][0].keys() - {'.0'})
def h():
    s = ""
    for c in "ab":
        s += c
        d = locals()
        s += "!"
    return s, d
print(h())
import inspect
def k(p):
    exec("q = 1")
    return inspect.currentframe().f_locals is locals(), sorted(locals())
print(k(0))

# expect: ('x',) 1 {'x': 1}
# expect: ('a', 'b') 3
# expect: {'i'}
# expect: ('a!b!', {'s': 'a!b', 'c': 'b', 'd': {...}})
# expect: (True, ['p', 'q'])
