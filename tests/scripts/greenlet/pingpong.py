# Switching back and forth; values in and out of switch() as greenlet does.
# cpython: no  (needs the greenlet package: expectations come from greenlet 2.0.2 under /usr/bin/python3)
from greenlet import greenlet, getcurrent

main = getcurrent()
print(main.parent, main.dead, bool(main))


def ping(n):
    for i in range(n):
        print("ping", i)
        pong.switch(i)
    return "ping done"


def pong(first):
    x = first
    while True:
        print("pong", x)
        x = gping.switch()


gping = greenlet(ping)
pong = greenlet(pong, parent=main)
print(gping.switch(3))
print(gping.dead, bool(gping), pong.dead, bool(pong))


def echo(*args, **kwargs):
    print("started with", args, kwargs)
    while True:
        got = main.switch()
        print("got", repr(got))


e = greenlet(echo)
print(bool(e), e.dead)
print(repr(e.switch(1, k=2)))
print(bool(e), e.dead)
e.switch()
e.switch(5)
e.switch(1, 2)
e.switch(a=1)
e.switch(1, a=2)
e.switch(None)
e.switch((1,))


def returner(x):
    return x * 2


print(greenlet(returner).switch(21))
print(repr(greenlet(lambda: None).switch()))
print(greenlet(lambda *a, **k: (a, k)).switch(1, b=2))

# Switching to the current greenlet returns the values at once.
print(main.switch(7), main.switch(), main.switch(1, 2), main.switch(x=1))

# A dead greenlet passes a switch to its parent (here: main, the caller).
d = greenlet(returner)
d.switch(1)
print(d.dead, d.switch(99))


# Generators and greenlets mix: a greenlet may switch from inside a generator
# it iterates, and the generator goes on where it was.
def numbers():
    for i in range(3):
        main.switch("inside generator %d" % i)
        yield i


def consumer():
    total = 0
    for n in numbers():
        total += n
    return total


c = greenlet(consumer)
print(c.switch())
print(c.switch())
print(c.switch())
print(c.switch())
print(c.dead)

# Class-based greenlets override run.
class Worker(greenlet):
    def __init__(self, name):
        greenlet.__init__(self)
        self.name = name

    def run(self, x):
        y = main.switch(self.name + " started")
        return "%s: %s %s" % (self.name, x, y)


w = Worker("w1")
print(w.switch(1))
print(w.switch(2))
print(w.dead, isinstance(w, greenlet))

# expect: None False True
# expect: ping 0
# expect: pong 0
# expect: ping 1
# expect: pong 1
# expect: ping 2
# expect: pong 2
# expect: ping done
# expect: True False False True
# expect: False False
# expect: started with (1,) {'k': 2}
# expect: ()
# expect: True False
# expect: got ()
# expect: got 5
# expect: got (1, 2)
# expect: got {'a': 1}
# expect: got ((1,), {'a': 2})
# expect: got None
# expect: got (1,)
# expect: 42
# expect: None
# expect: ((1,), {'b': 2})
# expect: 7 () (1, 2) {'x': 1}
# expect: True 99
# expect: inside generator 0
# expect: inside generator 1
# expect: inside generator 2
# expect: 3
# expect: True
# expect: w1 started
# expect: w1: 1 2
# expect: True True
