# weakref.finalize details as CPython: obj/func as keywords go to kwargs, an error on death is reported, one object's finalizers run newest first, the rest at exit newest first (one made during exit too), atexit=False skipped
import weakref, gc, sys

class A:
    pass

def fin(*args, **kwargs):
    print("fin", args, sorted(kwargs.items()))

# keyword-only use of the positional names goes to kwargs
a = A()
f = weakref.finalize(a, fin, obj="o", func="f")
print(f.peek()[2:])
del a

# errors in a finalizer called on death are reported, not raised
def boom():
    raise RuntimeError("boom")
b = A()
fb = weakref.finalize(b, boom)
del b
print("after boom", fb.alive)

# finalizers of one object run newest first
c = A()
for i in range(3):
    weakref.finalize(c, fin, i)
del c
print("order done")

# a finalizer's function and arguments are kept alive, the object is not
class Holder:
    pass
h = Holder()
payload = A()
rp = weakref.ref(payload)
weakref.finalize(h, fin, "holder")
print(weakref.getweakrefcount(h))

# what is left runs at exit, newest first; one made at exit time too
objs = [A() for _ in range(3)]
fs = [weakref.finalize(o, fin, "exit", i) for i, o in enumerate(objs)]
fs[1].atexit = False
print([f.atexit for f in fs], fs[0].alive)
def late():
    print("late finalizer made at exit")
    weakref.finalize(objs[0], fin, "made during exit")
weakref.finalize(objs[2], late)
print("end")

# expect: ((), {'obj': 'o', 'func': 'f'})
# expect: fin () [('func', 'f'), ('obj', 'o')]
# expect: after boom False
# expect: fin (2,) []
# expect: fin (1,) []
# expect: fin (0,) []
# expect: order done
# expect: 1
# expect: [True, False, True] True
# expect: end
# expect: late finalizer made at exit
# expect: fin ('made during exit',) []
# expect: fin ('exit', 2) []
# expect: fin ('exit', 0) []
# expect: fin ('holder',) []
# expect stderr: RuntimeError: boom
