# greenlet.settrace: a callback told of every switch and throw.
# cpython: no  (needs the greenlet package: expectations come from greenlet 2.0.2 under /usr/bin/python3)
import greenlet
from greenlet import getcurrent

main = getcurrent()
names = {}


def tracer(event, args):
    origin, target = args
    print(event, names.get(origin, "?"), "->", names.get(target, "?"))


def child():
    main.switch()
    return "done"


g = greenlet.greenlet(child)
names[main] = "main"
names[g] = "g"
print(greenlet.settrace(tracer))
g.switch()
g.switch()
h = greenlet.greenlet(child)
names[h] = "h"
h.switch()
try:
    h.throw(ValueError)
except ValueError:
    print("ValueError")
print(greenlet.gettrace() is tracer)
print(greenlet.settrace(None) is tracer, greenlet.gettrace())

# expect: None
# expect: switch main -> g
# expect: switch g -> main
# expect: switch main -> g
# expect: switch g -> main
# expect: switch main -> h
# expect: switch h -> main
# expect: throw main -> h
# expect: throw h -> main
# expect: ValueError
# expect: True
# expect: True None
