# weakref.finalize runs when its object dies, when called, never after detach; the rest at exit, newest first, unless atexit is false
import weakref, gc

class C:
    pass

def report(*args, **kw):
    print("finalized", args, kw)
    return "result"

o = C()
f = weakref.finalize(o, report, 1, k=2)
print(f.alive, f.peek()[1].__name__, f.peek()[2:], f.atexit)
del o
print("after del", f.alive, f.peek())

o = C()
f = weakref.finalize(o, report, "called")
print(f(), f.alive, f())
del o
print("no second call")

o = C()
f = weakref.finalize(o, report, "detached")
d = f.detach()
print(d[0] is o, d[1].__name__, d[2:], f.alive, f.detach())
del o, d
gc.collect()
print("detached object died without a call")

def method_owner():
    o = C()
    weakref.finalize(o, report, "local")
    print("returning")
method_owner()
print("returned")

keep = C()
weakref.finalize(keep, report, "at exit 1")
keep2 = C()
f2 = weakref.finalize(keep2, report, "not at exit")
f2.atexit = False
keep3 = C()
weakref.finalize(keep3, report, "at exit 2")
print("end of script")

# expect: True report ((1,), {'k': 2}) True
# expect: finalized (1,) {'k': 2}
# expect: after del False None
# expect: finalized ('called',) {}
# expect: result False None
# expect: no second call
# expect: True report (('detached',), {}) False None
# expect: detached object died without a call
# expect: returning
# expect: finalized ('local',) {}
# expect: returned
# expect: end of script
# expect: finalized ('at exit 2',) {}
# expect: finalized ('at exit 1',) {}
