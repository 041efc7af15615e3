# An exception escaping a greenlet goes to its parent, raised by the switch()
# that waited there; through several levels; into an uncaught traceback.
# cpython: no  (needs the greenlet package: expectations come from greenlet 2.0.2 under /usr/bin/python3)
import sys
from greenlet import greenlet, getcurrent

main = getcurrent()


def fails():
    main.switch("first")
    raise ValueError("from the greenlet")


g = greenlet(fails)
print(g.switch())
try:
    g.switch()
except ValueError as e:
    print("caught in main:", e, g.dead)


def level3():
    1 / 0


def level2():
    greenlet(level3).switch()


def level1():
    try:
        greenlet(level2).switch()
    except ZeroDivisionError as e:
        print("level1 caught", e)
        raise KeyError("again") from e


try:
    greenlet(level1).switch()
except KeyError as e:
    print("main caught", repr(e), "cause:", repr(e.__cause__))

# The exception being handled in one greenlet is not another's.
def sees_exc_info():
    print("in greenlet:", sys.exc_info()[0])
    main.switch()
    print("in greenlet again:", sys.exc_info()[0])


s = greenlet(sees_exc_info)
try:
    raise OSError("main's")
except OSError:
    s.switch()
    print("in main:", sys.exc_info()[0].__name__)
    s.switch()
print("after:", sys.exc_info()[0])

# SystemExit and KeyboardInterrupt propagate like the others.
try:
    greenlet(lambda: sys.exit(3)).switch()
except SystemExit as e:
    print("SystemExit", e.code)


def deep(n):
    if n == 0:
        raise LookupError("deep down")
    deep(n - 1)


def runner():
    deep(3)


greenlet(runner).switch()
print("not reached")
# expect runtime error: LookupError: deep down
# expect stderr: Traceback (most recent call last):
# expect stderr: greenlet(runner).switch()
# expect stderr: deep(3)
# expect stderr: raise LookupError("deep down")
# expect: first
# expect: caught in main: from the greenlet True
# expect: level1 caught division by zero
# expect: main caught KeyError('again') cause: ZeroDivisionError('division by zero')
# expect: in greenlet: None
# expect: in main: OSError
# expect: in greenlet again: None
# expect: after: None
# expect: SystemExit 3
