# Generators suspended inside loops: the handlers a loop adds do not hide the
# try/finally around it, and a dropped outer generator closes the one its loop owns.
import gc

def resource(name):
    print("open", name)
    try:
        for i in range(3):
            yield "%s-%d" % (name, i)
    finally:
        print("close", name)

for item in resource("B"):
    if item.endswith("1"):
        break
print("after break")

def plain():
    for i in range(3):
        yield i

for x in plain():
    break
print("plain done")

def leaf(n):
    try:
        yield n
    finally:
        print("leaf closed", n)

def chain(n):
    if n == 0:
        yield from leaf(0)
    else:
        for x in chain(n - 1):
            yield x

for v in chain(5):
    print("got", v)
    break
print("after chain")

def two_loops():
    for a in leaf("a"):
        for b in leaf("b"):
            yield a, b

for pair in two_loops():
    print(pair)
    break
print("after two_loops")

g = two_loops()
print(next(g))
del g
gc.collect()
print("after collect")

last = two_loops()
print(next(last))
print("end of script")

# expect: open B
# expect: close B
# expect: after break
# expect: plain done
# expect: got 0
# expect: leaf closed 0
# expect: after chain
# expect: ('a', 'b')
# expect: leaf closed b
# expect: leaf closed a
# expect: after two_loops
# expect: ('a', 'b')
# expect: leaf closed b
# expect: leaf closed a
# expect: after collect
# expect: ('a', 'b')
# expect: end of script
# expect: leaf closed b
# expect: leaf closed a
