# A for loop over a generator its own call made owns it: leaving the loop early
# (break, return, continue of an outer loop, an exception, the loop's generator
# being closed) finalises it at once, as CPython's reference counting does.
import sys

def lines(tag):
    try:
        yield tag + "1"
        yield tag + "2"
        yield tag + "3"
    finally:
        print("cleanup", tag)

for x in lines("a"):
    print(x)
    break
print("after break")

def first(tag):
    for x in lines(tag):
        return x
print(first("b"), "returned")

try:
    for x in lines("c"):
        raise ValueError(x)
except ValueError as e:
    print("caught", e)

for i in range(2):
    for x in lines("d%d" % i):
        print(x)
        continue
    print("inner done", i)

for i in range(2):
    for x in lines("e%d" % i):
        if x.endswith("2"):
            break
    else:
        print("no break")
    print("outer", i)

# exhausted: finally runs at the end, once
for x in lines("f"):
    pass
print("exhausted")

# a generator held by a name is not the loop's: it stays open
g = lines("g")
for x in g:
    break
print("g still open:", next(g))
g.close()

# nested generators: closing the outer loop's generator closes the inner one
def outer():
    try:
        for x in lines("inner"):
            yield x
    finally:
        print("outer cleanup")

for x in outer():
    print(x)
    break
print("after nested")

# a generator that yields in finally: the error is reported, the loop goes on
def stubborn():
    try:
        yield 1
    finally:
        print("stubborn finally")

for x in stubborn():
    break
print("after stubborn")

# an exception out of a function: finalised during the unwinding
def fails():
    for x in lines("h"):
        raise KeyError(x)

try:
    fails()
except KeyError as e:
    print("KeyError", e)

# a with statement in the generator
class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, *a):
        print("exit", a[0])

def with_gen():
    with CM():
        yield 1
        yield 2

for x in with_gen():
    break
print("after with_gen")

# a generator catching GeneratorExit
def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise

for x in catcher():
    break
print("done")

# a method call as the iterable
class Tree:
    def walk(self):
        try:
            yield 1
            yield 2
        finally:
            print("walk cleanup")

for v in Tree().walk():
    break
print("after walk")

# inside a generator being closed
def driver():
    for x in lines("j"):
        yield x

d = driver()
print(next(d))
d.close()
print("driver closed")

# in a while loop with try/finally around
def loop_in_try():
    try:
        for x in lines("k"):
            break
        print("in try after loop")
    finally:
        print("loop_in_try finally")
loop_in_try()

# expect: a1
# expect: cleanup a
# expect: after break
# expect: cleanup b
# expect: b1 returned
# expect: cleanup c
# expect: caught c1
# expect: d01
# expect: d02
# expect: d03
# expect: cleanup d0
# expect: inner done 0
# expect: d11
# expect: d12
# expect: d13
# expect: cleanup d1
# expect: inner done 1
# expect: cleanup e0
# expect: outer 0
# expect: cleanup e1
# expect: outer 1
# expect: cleanup f
# expect: exhausted
# expect: g still open: g2
# expect: cleanup g
# expect: inner1
# expect: cleanup inner
# expect: outer cleanup
# expect: after nested
# expect: stubborn finally
# expect: after stubborn
# expect: cleanup h
# expect: KeyError 'h1'
# expect: enter
# expect: exit <class 'GeneratorExit'>
# expect: after with_gen
# expect: GeneratorExit seen
# expect: done
# expect: walk cleanup
# expect: after walk
# expect: j1
# expect: cleanup j
# expect: driver closed
# expect: cleanup k
# expect: in try after loop
# expect: loop_in_try finally
