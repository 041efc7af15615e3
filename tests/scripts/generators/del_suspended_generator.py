# del of the last name holding a suspended generator closes it at once (its finally runs), as CPython's reference counting does.
def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup", tag)
g = gen("a"); next(g)
del g
print("after del g")
def f():
    g = gen("b"); next(g)
    del g
    print("in f after del")
f()

# expect: gen cleanup a
# expect: after del g
# expect: gen cleanup b
# expect: in f after del
