# Introspection attributes of generator objects.
def gen():
    yield 1
g = gen()
print(g.__name__, g.__qualname__, type(g).__name__)
print(g.gi_running, g.gi_frame is not None, g.gi_code.co_name)
print(repr(g).startswith("<generator object gen at 0x"))
next(g)
print(g.gi_frame.f_lineno)
list(g)
print(g.gi_frame)
class C:
    def m(self):
        yield 1
print(C().m().__qualname__)
def running():
    yield g2.gi_running
g2 = running()
print(next(g2))

# expect: gen gen generator
# expect: False True gen
# expect: True
# expect: 3
# expect: None
# expect: C.m
# expect: True
