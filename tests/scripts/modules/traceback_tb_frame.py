# tb_frame: a traceback entry's frame object (code, globals, locals, line, f_back), the same frame type as sys._getframe() and gi_frame
import sys

def thrower(n):
    a = n
    b = [a, a + 1]
    raise ValueError(a)

def middle(m):
    y = m * 2
    thrower(y)

def outer():
    z = "zed"
    try:
        middle(5)
    except ValueError as e:
        tb = e.__traceback__
        # the catching frame runs: its frame is a snapshot of it now
        print(tb.tb_frame.f_code.co_name, sorted(tb.tb_frame.f_locals), tb.tb_frame.f_locals["z"])
        print(tb.tb_frame.f_back.f_code.co_name)
        return tb

tb = outer()
t = tb.tb_next
while t is not None:
    f = t.tb_frame
    print(f.f_code.co_name, t.tb_lineno, f.f_lineno, sorted(f.f_locals.items()))
    t = t.tb_next
print(tb.tb_frame is tb.tb_frame)
print(tb.tb_frame.f_globals is globals())
print(tb.tb_frame.f_builtins["len"] is len)
print(tb.tb_next.tb_frame.f_back is tb.tb_frame)
print(tb.tb_next.tb_next.tb_frame.f_back is tb.tb_next.tb_frame)
print(type(tb.tb_frame).__name__, type(tb.tb_frame) is type(sys._getframe()))

# sys.exc_info()[2].tb_frame in the handler is the running frame
def live():
    q = 42
    try:
        1 / 0
    except ZeroDivisionError:
        fr = sys.exc_info()[2].tb_frame
        print(fr.f_code.co_name, fr.f_locals["q"], fr.f_back.f_code.co_name)
        print(sys.exc_info()[1].__traceback__.tb_frame is fr)
live()

# closures: cells and free variables show in f_locals
def make():
    cell = "c"
    def inner(arg):
        local = cell + arg
        raise KeyError(local)
    return inner
try:
    make()("x")
except KeyError as e:
    print(sorted(e.__traceback__.tb_next.tb_frame.f_locals.items()))

# module level: f_locals is the globals
try:
    {}["k"]
except KeyError as e:
    fr = e.__traceback__.tb_frame
    print(fr.f_code.co_name, fr.f_locals is globals(), fr.f_back)

# a frame that raised from a generator
def gen():
    w = 1
    yield w
    raise RuntimeError("g")

g = gen()
next(g)
try:
    next(g)
except RuntimeError as e:
    f = e.__traceback__.tb_next.tb_frame
    print(f.f_code.co_name, f.f_locals, f.f_lineno)

# many locals (more than fit in the traceback entry itself)
def wide():
    a1 = 1; a2 = 2; a3 = 3; a4 = 4; a5 = 5; a6 = 6; a7 = 7; a8 = 8
    raise OSError(a8)
try:
    wide()
except OSError as e:
    print(sorted(e.__traceback__.tb_next.tb_frame.f_locals.items()))

# a str being built with += is seen whole
def builder():
    s = ""
    for ch in "abc":
        s += ch
    raise ValueError(s)
try:
    builder()
except ValueError as e:
    print(e.__traceback__.tb_next.tb_frame.f_locals["s"])

# class body
class K:
    kk = 1
    try:
        raise TypeError
    except TypeError as e:
        print(sorted(k for k in e.__traceback__.tb_frame.f_locals if not k.startswith("__")))
        del e

# expect: outer ['e', 'tb', 'z'] zed
# expect: <module>
# expect: middle 11 11 [('m', 5), ('y', 10)]
# expect: thrower 7 7 [('a', 10), ('b', [10, 11]), ('n', 10)]
# expect: True
# expect: True
# expect: True
# expect: True
# expect: True
# expect: frame True
# expect: live 42 <module>
# expect: True
# expect: [('arg', 'x'), ('cell', 'c'), ('local', 'cx')]
# expect: <module> True None
# expect: gen {'w': 1} 71
# expect: [('a1', 1), ('a2', 2), ('a3', 3), ('a4', 4), ('a5', 5), ('a6', 6), ('a7', 7), ('a8', 8)]
# expect: abc
# expect: ['e', 'kk']
