# weakref.ref details as CPython: no ordering, argument checks, subclasses (own instances, slots), refs made in __del__ or dropped by callbacks, callback order and argument, refs to classes/functions/temporaries
import weakref, gc

class C:
    def __init__(self, n=0):
        self.n = n

# ordering of refs is not defined
o = C()
r = weakref.ref(o)
for op in ("<", "<=", ">", ">="):
    try:
        eval("r %s r" % op)
    except TypeError as e:
        print(op, "TypeError:", str(e).replace("weakref.", ""))

for args in [(), (o, None, 1)]:
    try:
        weakref.ref(*args)
    except TypeError as e:
        print("TypeError:", e)
del args

# subclasses of ref: their own instances, not the shared basic one
class MyRef(weakref.ref):
    def __new__(cls, ob, callback=None, value=42):
        return super().__new__(cls, ob, callback)
    def __init__(self, ob, callback=None, value=42):
        self.value = value
        super().__init__(ob, callback)
    def __call__(self):
        self.called = True
        return super().__call__()
mr = MyRef(o, None, 7)
print(mr is r, mr.value, mr() is o, mr.called, isinstance(mr, weakref.ref), weakref.getweakrefcount(o))
print(weakref.getweakrefs(o)[0] is r, weakref.ref(o) is r)

class SlotRef(weakref.ref):
    __slots__ = ("slot1", "slot2")
    def __new__(cls, ob, callback, slot1, slot2):
        return weakref.ref.__new__(cls, ob, callback)
    def __init__(self, ob, callback, slot1, slot2):
        super().__init__(ob, callback)
        self.slot1 = slot1
        self.slot2 = slot2
sr = SlotRef(o, None, "a", "b")
print(sr.slot1, sr.slot2, sr() is o)
try:
    sr.other = 1
except AttributeError as e:
    print("AttributeError")

# a weak ref to a ref subclass instance with a __dict__
rr = weakref.ref(mr)
print(rr() is mr)
del o
print(r(), mr(), sr(), rr() is mr)

# a ref made in __del__ to the dying object
class Del:
    def __del__(self):
        global made
        made = weakref.ref(self)
        print("in __del__:", made() is self)
d = Del()
del d
gc.collect()
print("made in __del__:", made())

# callbacks may make new refs and drop others
log = []
a = C(1)
b = C(2)
def cb_a(ref):
    log.append("a died")
    global rb
    rb = None
ra = weakref.ref(a, cb_a)
rb = weakref.ref(b, lambda ref: log.append("b died"))
del a
print(log, rb)
del b
gc.collect()
print(log)

# callbacks of several refs to one object, and the callback's argument
o = C()
seen = []
refs = [weakref.ref(o, lambda r, i=i: seen.append((i, r is refs[i]))) for i in range(3)]
del o
print(seen)

# getweakrefcount of things never referenced, and after death
print(weakref.getweakrefcount(1), weakref.getweakrefs("x"), weakref.getweakrefcount(C()))

# __callback__ is read-only-ish and None without callback
o = C()
print(weakref.ref(o).__callback__, weakref.ref(o, len).__callback__ is len)

# refs to classes and functions die with them
def make_class():
    class Local:
        pass
    return Local
L = make_class()
rl = weakref.ref(L)
del L
gc.collect()
print("class:", rl())
f = lambda: None
rf = weakref.ref(f, lambda r: print("function gone"))
f = None
print("function:", rf())
s = {1, 2}
rs = weakref.ref(frozenset(s))
gc.collect()
print("frozenset temp:", rs())

# expect: < TypeError: '<' not supported between instances of 'ReferenceType' and 'ReferenceType'
# expect: <= TypeError: '<=' not supported between instances of 'ReferenceType' and 'ReferenceType'
# expect: > TypeError: '>' not supported between instances of 'ReferenceType' and 'ReferenceType'
# expect: >= TypeError: '>=' not supported between instances of 'ReferenceType' and 'ReferenceType'
# expect: TypeError: __new__ expected at least 1 argument, got 0
# expect: TypeError: __new__ expected at most 2 arguments, got 3
# expect: False 7 True True True 2
# expect: True True
# expect: a b True
# expect: AttributeError
# expect: True
# expect: None None None True
# expect: in __del__: True
# expect: made in __del__: None
# expect: ['a died'] None
# expect: ['a died']
# expect: [(2, True), (1, True), (0, True)]
# expect: 0 [] 0
# expect: None True
# expect: class: None
# expect: function gone
# expect: function: None
# expect: frozenset temp: None
