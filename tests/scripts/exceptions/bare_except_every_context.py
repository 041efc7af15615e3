# A bare `except:` in every context: module level, function, generator,
# coroutine, class body, nested try/finally, with else/finally, and with
# return/break/continue inside the clause.
import sys

# Module level, alone and after typed clauses.
try:
    pass
except:
    pass
print("module pass")  # expect: module pass

try:
    1 / 0
except:
    print("module caught", sys.exc_info()[0].__name__)  # expect: module caught ZeroDivisionError

try:
    {}["k"]
except ValueError:
    print("wrong")
except:
    print("module fallback")  # expect: module fallback

try:
    raise KeyboardInterrupt
except:
    print("bare catches BaseException")  # expect: bare catches BaseException


# Function, with else and finally; handler state cleared afterwards.
def func(x):
    try:
        r = 10 // x
    except:
        print("func except", sys.exc_info()[0].__name__)
        r = -1
    else:
        print("func else")
    finally:
        print("func finally")
    print("after", sys.exc_info()[0])
    return r

print(func(2))
# expect: func else
# expect: func finally
# expect: after None
# expect: 5
print(func(0))
# expect: func except ZeroDivisionError
# expect: func finally
# expect: after None
# expect: -1


# return inside a bare except (and finally still runs).
def ret_in_except():
    try:
        raise ValueError
    except:
        return "returned"
    finally:
        print("finally on return")

print(ret_in_except())
# expect: finally on return
# expect: returned


# break and continue inside a bare except, in a loop.
def loop():
    out = []
    for i in range(6):
        try:
            if i % 2:
                raise RuntimeError(i)
            out.append(i)
        except:
            if i == 5:
                break
            continue
        finally:
            out.append("f")
    return out

print(loop())  # expect: [0, 'f', 'f', 2, 'f', 'f', 4, 'f', 'f']

n = 0
while True:
    n += 1
    try:
        if n < 3:
            raise OSError
        break
    except:
        continue
print("while", n)  # expect: while 3


# Re-raise with a bare `raise` from a bare except.
def reraiser():
    try:
        [][1]
    except:
        raise

try:
    reraiser()
except IndexError as e:
    print("reraised", e)  # expect: reraised list index out of range


# Generator: a bare except around yield, and throw() into it.
def gen():
    while True:
        try:
            v = yield
            print("got", v)
        except:
            print("gen caught", sys.exc_info()[0].__name__)
            yield "after catch"
            return

g = gen()
next(g)
g.send(1)  # expect: got 1
print(g.throw(TypeError))
# expect: gen caught TypeError
# expect: after catch


# A bare except swallowing GeneratorExit in a generator that then returns.
def closer():
    try:
        yield 1
    except:
        print("closing", sys.exc_info()[0].__name__)

c = closer()
next(c)
c.close()  # expect: closing GeneratorExit


# Coroutine driven by hand.
async def co():
    try:
        raise LookupError("co")
    except:
        return "co caught " + str(sys.exc_info()[1])

coro = co()
try:
    coro.send(None)
except StopIteration as si:
    print(si.value)  # expect: co caught co


# Class body.
class C:
    try:
        attr = undefined_name
    except:
        attr = "fallback"
    try:
        pass
    except:
        never = 1

print(C.attr, hasattr(C, "never"))  # expect: fallback False


# Nested: bare except inside try/finally inside bare except.
def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except:
        try:
            raise KeyError("second")
        except:
            print("nested", repr(sys.exc_info()[1]), repr(sys.exc_info()[1].__context__))
        print("outer restored", repr(sys.exc_info()[1]))
    print("clear", sys.exc_info())

nested()
# expect: inner finally
# expect: nested KeyError('second') ValueError('inner')
# expect: outer restored ValueError('inner')
# expect: clear (None, None, None)


# An exception raised inside the bare except propagates with its context.
def raise_in_handler():
    try:
        1 / 0
    except:
        raise RuntimeError("from handler")

try:
    raise_in_handler()
except RuntimeError as e:
    print(e, type(e.__context__).__name__)  # expect: from handler ZeroDivisionError


# A bare except in a lambda-called function and within comprehensions' callees.
def safe(f, *a):
    try:
        return f(*a)
    except:
        return None

print([safe(int, s) for s in ["1", "x", "3"]])  # expect: [1, None, 3]


# exec and eval of code with a bare except.
exec("try:\n    1/0\nexcept:\n    print('exec caught')")  # expect: exec caught
ns = {}
exec("def f():\n    try:\n        return 1/0\n    except:\n        return 'f caught'\n", ns)
print(ns["f"]())  # expect: f caught


# Async generator and async with, on the event loop.
import asyncio

class Ctx:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *exc):
        print("aexit", exc[0].__name__ if exc[0] else None)
        return False

async def agen():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            yield i
        except:
            yield -i

async def main():
    print([x async for x in agen()])
    try:
        async with Ctx():
            await asyncio.sleep(0)
            raise OSError("in with")
    except:
        print("async with caught", sys.exc_info()[1])

asyncio.run(main())
# expect: [0, -1, 2]
# expect: aexit OSError
# expect: async with caught in with


# with statement inside a bare except, and a bare except inside with.
class Sync:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)

try:
    with Sync():
        try:
            raise ValueError
        except:
            print("inside with")
        raise TypeError
except:
    print("outside", sys.exc_info()[0].__name__)
# expect: inside with
# expect: exit TypeError
# expect: outside TypeError
