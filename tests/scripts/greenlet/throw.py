# greenlet.throw(): into a suspended greenlet, one not started, the current
# one; GreenletExit; how throw() builds its exception.
# cpython: no  (needs the greenlet package: expectations come from greenlet 2.0.2 under /usr/bin/python3)
import greenlet
from greenlet import getcurrent, GreenletExit

main = getcurrent()


def catcher():
    try:
        main.switch("ready")
    except ValueError as e:
        print("caught", repr(e))
        return "recovered"


g = greenlet.greenlet(catcher)
print(g.switch())
print(g.throw(ValueError, "bad"))
print(g.dead)

g = greenlet.greenlet(catcher)
g.switch()
print(g.throw(ValueError("instance")))
g = greenlet.greenlet(catcher)
g.switch()
print(g.throw(ValueError, ("two", 2)))

# An exception the greenlet does not catch comes back out of throw().
g = greenlet.greenlet(catcher)
g.switch()
try:
    g.throw(KeyError, "k")
except KeyError as e:
    print("propagated", repr(e), g.dead)

# GreenletExit by default; a greenlet that lets it out returns it.
def waiter():
    try:
        main.switch()
    finally:
        print("waiter cleaned up")


g = greenlet.greenlet(waiter)
g.switch()
r = g.throw()
print(type(r).__name__, g.dead)

# Not started: the greenlet dies without running; the exception goes to its parent.
ran = []
g = greenlet.greenlet(lambda: ran.append(1))
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("unstarted:", repr(e), g.dead, ran)
g = greenlet.greenlet(lambda: ran.append(1))
print(repr(g.throw()), g.dead, ran)

# Into the current greenlet: raised at once.
try:
    main.throw(IndexError, "self")
except IndexError as e:
    print("self:", repr(e))


def self_thrower():
    try:
        getcurrent().throw(RuntimeError("inside"))
    except RuntimeError as e:
        return "inner caught %r" % (e,)


print(greenlet.greenlet(self_thrower).switch())

# Bad arguments.
for args in [(1,), (ValueError("x"), 5)]:
    try:
        greenlet.greenlet(waiter).throw(*args)
    except TypeError as e:
        print("TypeError:", e)

# A subclass of GreenletExit is a result too; GreenletExit is a BaseException.
class Stop(GreenletExit):
    pass


g = greenlet.greenlet(waiter)
g.switch()
print(type(g.throw(Stop)).__name__)
print(issubclass(GreenletExit, Exception), issubclass(GreenletExit, BaseException))
print(issubclass(greenlet.error, Exception))

# expect: ready
# expect: caught ValueError('bad')
# expect: recovered
# expect: True
# expect: caught ValueError('instance')
# expect: recovered
# expect: caught ValueError('two', 2)
# expect: recovered
# expect: propagated KeyError('k') True
# expect: waiter cleaned up
# expect: GreenletExit True
# expect: unstarted: ValueError('early') True []
# expect: GreenletExit() True []
# expect: self: IndexError('self')
# expect: inner caught RuntimeError('inside')
# expect: TypeError: exceptions must be classes, or instances, not int
# expect: TypeError: instance exception may not have a separate value
# expect: waiter cleaned up
# expect: Stop
# expect: False True
# expect: True
