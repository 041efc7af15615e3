# A property whose getter is a plain function runs as a frame of the
# dispatch loop; every other getter, and every change to the class, still
# goes the general way.
import sys

class P:
    def __init__(self, x):
        self.x = x

    @property
    def double(self):
        return self.x * 2

    @property
    def failing(self):
        return 1 // (self.x - self.x)

    @property
    def gen(self):
        yield self.x

    @property
    def defaulted(self, k=10):
        return self.x + k

    lam = property(lambda self: self.x + 100)
    builtin = property(len)

def read_all(p):
    return [p.double, p.defaulted, p.lam]

p = P(3)
print([read_all(p) for _ in range(3)])  # expect: [[6, 13, 103], [6, 13, 103], [6, 13, 103]]
print(list(p.gen))  # expect: [3]
try:
    p.builtin
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: object of type 'P' has no len()

# The instance dict never shadows a property.
p.__dict__["double"] = "shadow"
print(p.double)  # expect: 6

# The getter's exception: its frame and the caller's line in the traceback.
def caller(p):
    return p.failing

def traceback_lines():
    try:
        caller(p)
    except ZeroDivisionError as e:
        tb = e.__traceback__
        lines = []
        while tb:
            lines.append(tb.tb_lineno)
            tb = tb.tb_next
        return lines

print(traceback_lines(), traceback_lines())  # expect: [50, 46, 16] [50, 46, 16]

# Redefining the property on the class (or a subclass shadowing it) is seen.
def get_double(p):
    return p.double

print(get_double(p))  # expect: 6
P.double = property(lambda self: "replaced")
print(get_double(p))  # expect: replaced
P.double = 5
print(get_double(p))  # expect: shadow

class Q(P):
    @property
    def double(self):
        return "Q.double"

print(get_double(Q(1)), get_double(p))  # expect: Q.double shadow

# A getter that is a closure (free variables) and one capturing a cell.
def make(scale):
    def getter(self):
        return self.x * scale
    return property(getter)

class R:
    def __init__(self):
        self.x = 7
    scaled = make(3)

    @property
    def counter(self):
        n = self.x
        def bump():
            nonlocal n
            n += 1
            return n
        bump()
        return bump()

r = R()
print([r.scaled for _ in range(2)], r.counter, r.counter)  # expect: [21, 21] 9 9

# Unbounded recursion through a property is a RecursionError, not a crash.
class Deep:
    @property
    def down(self):
        return self.down

try:
    Deep().down
except RecursionError as e:
    print("RecursionError:", e)  # expect: RecursionError: maximum recursion depth exceeded

# A property read inside a generator and inside a class's __getattr__ user.
class G:
    def __init__(self):
        self.v = 2
    @property
    def sq(self):
        return self.v * self.v
    def __getattr__(self, name):
        return "missing " + name

def gen(objs):
    for o in objs:
        yield o.sq

print(list(gen([G(), G()])), G().nope)  # expect: [4, 4] missing nope
