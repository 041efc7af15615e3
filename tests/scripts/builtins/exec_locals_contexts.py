# exec/eval with default and explicit namespaces in functions (one locals() dict per call, as CPython 3.11), class bodies, module level, generators, comprehensions, lambdas
# exec/eval with default and explicit namespaces, in every context
def f1():
    exec("x = 1")
    print("f1", locals().get("x"))

def f2():
    x = 5
    exec("x = 1")
    print("f2", x, locals()["x"])

def f3():
    exec("y = 2")
    l = locals()
    print("f3", l["y"], sorted(l))
    l2 = locals()
    print("f3 same", l is l2)

def f4():
    a = 3
    exec("b = a + 1")
    print("f4", eval("a + b"))

def f5():
    a = 3
    d = {"a": a}
    exec("c = a * 2", globals(), d)
    print("f5", d)
    exec("c = 7", None, d)
    print("f5b", d["c"])

def f6():
    a = 1
    l = locals()
    a = 2
    print("f6", l["a"], locals()["a"], l["a"])
    l["zz"] = 9
    print("f6b", sorted(locals()))

def f7():
    exec("import math")
    print("f7", "math" in locals())

def f8():
    q = 1
    def inner():
        return q
    exec("q2 = q + 1")
    print("f8", locals()["q2"], sorted(locals()))

def f9():
    x = 1
    del x
    print("f9", locals())
    exec("x = 3")
    print("f9b", locals())

def f10():
    l = locals()
    exec("w = 4")
    print("f10", l.get("w"), l is locals())

for f in (f1, f2, f3, f4, f5, f6, f7, f8, f9, f10):
    f()

class C:
    exec("cx = 10")
    print("C", cx, eval("cx + 1"))
    k = 2
    exec("k2 = k * 3")
print(C.cx, C.k2)

exec("mod_x = 5")
print(mod_x, eval("mod_x * 2"))
g = {}
exec("a = 1\nb = a + 1", g)
print(sorted(k for k in g if k != "__builtins__"), "__builtins__" in g)
l = {}
exec("a = 2", g, l)
print(l)
print(eval("a + 100", {"a": 1}))
print(eval("a + b", {"a": 1}, {"b": 2}))

def gen():
    exec("gx = 1")
    yield locals().get("gx")
print(list(gen()))

print([eval("i * 2") for i in range(3)])
lam = lambda: (exec("lz = 1"), locals().get("lz"))[1]
print(lam())

# expect: f1 1
# expect: f2 5 5
# expect: f3 2 ['y']
# expect: f3 same True
# expect: f4 7
# expect: f5 {'a': 3, 'c': 6}
# expect: f5b 7
# expect: f6 1 2 2
# expect: f6b ['a', 'l', 'zz']
# expect: f7 True
# expect: f8 2 ['inner', 'q', 'q2']
# expect: f9 {}
# expect: f9b {}
# expect: f10 4 True
# expect: C 10 11
# expect: 10 6
# expect: 5 10
# expect: ['a', 'b'] True
# expect: {'a': 2}
# expect: 101
# expect: 3
# expect: [1]
# expect: [0, 2, 4]
# expect: 1
