# exec(code, globals, locals) with a separate locals dict, as CPython 3.11:
# names bound go to locals, lookups go locals -> globals -> builtins,
# functions made inside see the globals only, class bodies their own
# namespace then the globals, locals() is the locals dict.
g = {"gv": "global", "shadow": "from globals"}
l = {"lv": "local", "shadow": "from locals"}
exec("""
x = 1
print(gv, lv, shadow, len("abc"))
def f():
    try:
        return lv
    except NameError as e:
        return "f: " + str(e)
def h():
    return gv
print(f(), h())
class C:
    y = 2
    try:
        seen = lv
    except NameError as e:
        seen = "class: " + str(e)
    g_seen = gv
print(C.y, C.seen, C.g_seen)
print(sorted(k for k in locals() if not k.startswith("__")), locals() is LOC)
print(sorted(k for k in globals() if not k.startswith("__")))
global gset
gset = "set globally"
del lv
try:
    lv
except NameError as e:
    print("deleted:", e)
print([shadow for _ in range(1)])
try:
    print([x for _ in range(1)])
except NameError as e:
    print("comprehension:", e)
""", g, dict(l, LOC=None) if False else l.update(LOC=l) or l)
print(sorted(k for k in l if k != "LOC"))
print(sorted(k for k in g if k != "__builtins__"))
print(g["gset"], "x" in g, l["x"], "f" in l)

# eval with separate locals
print(eval("a + b", {"a": 1}, {"b": 2}), eval("len(s)", {}, {"s": "xyz"}))
try:
    eval("b", {"a": 1}, {})
except NameError as e:
    print(e)

# exec inside a function: locals() after it shows what exec bound
def func():
    v = 10
    exec("w = v + 1")
    d = locals()
    print(d["w"], d["v"], sorted(d))
    exec("v = 99")
    print(v, locals()["v"])
func()

# exec in a class body writes the class namespace
class K:
    exec("z = 5")
print(K.z)

# the same dict as globals and locals: one namespace
ns = {}
exec("q = 1\ndef r(): return q\nprint(r())", ns, ns)
print(sorted(k for k in ns if k != "__builtins__"))

# locals given, globals without __builtins__ get them
g2 = {}
exec("t = abs(-3)", g2, {})
print("__builtins__" in g2)

# a locals mapping that is a dict subclass
class Loud(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k)
m = Loud()
exec("aa = 1\nbb = aa + 1", {}, m)
print(dict(m))
print(exec.__name__, type(compile("1", "s", "exec").co_varnames), compile("x=1", "s", "exec").co_nlocals)

# expect: global local from locals 3
# expect: f: name 'lv' is not defined global
# expect: 2 class: name 'lv' is not defined global
# expect: ['C', 'LOC', 'f', 'h', 'lv', 'shadow', 'x'] True
# expect: ['gv', 'shadow']
# expect: deleted: name 'lv' is not defined
# expect: ['from globals']
# expect: comprehension: name 'x' is not defined
# expect: ['C', 'f', 'h', 'shadow', 'x']
# expect: ['gset', 'gv', 'shadow']
# expect: set globally False 1 True
# expect: 3 3
# expect: name 'b' is not defined
# expect: 11 10 ['v', 'w']
# expect: 10 10
# expect: 5
# expect: 1
# expect: ['q', 'r']
# expect: True
# expect: set aa
# expect: get aa
# expect: set bb
# expect: {'aa': 1, 'bb': 2}
# expect: exec <class 'tuple'> 0
