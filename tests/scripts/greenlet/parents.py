# Parents: a finished greenlet switches to its parent; dead parents are
# skipped; the parent may be changed; cycles and bad parents are refused.
# cpython: no  (needs the greenlet package: expectations come from greenlet 2.0.2 under /usr/bin/python3)
from greenlet import greenlet, getcurrent

main = getcurrent()
log = []


def child():
    log.append("child runs")
    return "child result"


def middle():
    c = greenlet(child)  # its parent is the greenlet creating it: middle
    print("c.parent is middle:", c.parent is getcurrent())
    r = c.switch()
    log.append("middle got " + r)
    return "middle result"


m = greenlet(middle)
print(m.switch())
print(log)

# Changing the parent: the result goes to the new one.
def inner():
    return "to outer"


def outer():
    i = greenlet(inner)
    i.parent = getcurrent()
    got = i.switch()
    return "outer got " + got


print(greenlet(outer).switch())

# A dead parent passes the result on to its own parent.
def grandchild():
    main.switch("grandchild paused")
    return "grandchild done"


sp = greenlet(lambda: "short parent done")
gc = greenlet(grandchild, parent=sp)
print(gc.switch())
print(sp.switch())
print(sp.dead, gc.parent is sp)
print(gc.switch())

# The parent chain ends at main, whose parent is None.
p = greenlet(lambda: None)
q = greenlet(lambda: None, parent=p)
print(q.parent is p, p.parent is main, main.parent)

for bad in (None, 5):
    try:
        q.parent = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    p.parent = q
except ValueError as e:
    print("ValueError:", e)
try:
    q.parent = q
except ValueError as e:
    print("ValueError:", e)
try:
    main.parent = p
except AttributeError as e:
    print("AttributeError:", e)
try:
    del q.parent
except AttributeError as e:
    print("AttributeError:", e)
try:
    greenlet(lambda: None, 5)
except TypeError as e:
    print("TypeError:", e)

# getcurrent() inside a greenlet is that greenlet.
def who():
    return getcurrent()


w = greenlet(who)
print(w.switch() is w, getcurrent() is main)
print(greenlet.getcurrent() is main)

# run is dropped once the greenlet starts.
def f():
    main.switch()


g = greenlet(f)
print(g.run is f)
g.switch()
print(hasattr(g, "run"))
g.switch()
print(g.dead, bool(g))
try:
    greenlet().switch()
except AttributeError as e:
    print("AttributeError:", e)
try:
    greenlet(5).switch()
except TypeError as e:
    print("TypeError:", e)

# expect: c.parent is middle: True
# expect: middle result
# expect: ['child runs', 'middle got child result']
# expect: outer got to outer
# expect: grandchild paused
# expect: short parent done
# expect: True True
# expect: grandchild done
# expect: True True None
# expect: TypeError: GreenletChecker: Expected any type of greenlet, not NoneType
# expect: TypeError: GreenletChecker: Expected any type of greenlet, not int
# expect: ValueError: cyclic parent chain
# expect: ValueError: cyclic parent chain
# expect: AttributeError: cannot set the parent of a main greenlet
# expect: AttributeError: can't delete attribute
# expect: TypeError: GreenletChecker: Expected any type of greenlet, not int
# expect: True True
# expect: True
# expect: True
# expect: False
# expect: True False
# expect: AttributeError: run
# expect: TypeError: 'int' object is not callable
