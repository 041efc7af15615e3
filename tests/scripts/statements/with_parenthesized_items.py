# Parenthesized with-items (3.10): several managers over lines, a trailing comma, async with;
# parentheses that are an expression's stay so ('with (a) as b', a generator, '()').
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self.n
    def __exit__(self, *a): print("exit", self.n)
with (CM(1) as a, CM(2) as b):
    print(a, b)
with (CM(3) as c,
      CM(4),
      CM(5) as d,):
    print(c, d)
with (CM(6)):
    pass
with (CM(7)) as e, (CM(8)) as f:
    print(e, f)
with (CM(9), CM(10)):
    print("two managers")
async def g():
    async with (A() as x, A() as y):
        return x + y
class A:
    async def __aenter__(self): return 1
    async def __aexit__(self, *a): pass
import asyncio
print(asyncio.run(g()))
with (CM(11) if True else CM(0)) as h: print(h)
try:
    with ():
        pass
except TypeError as e: print(e)
def gen():
    with (yield) as y: print("got", y)
try:
    with (CM(x) for x in range(2)): pass
except TypeError as e: print(e)
with (CM([1, 2][0]) as (p), CM({"k": (1, 2)}["k"]) as (q, r)): print(p, q, r)
# expect: enter 1
# expect: enter 2
# expect: 1 2
# expect: exit 2
# expect: exit 1
# expect: enter 3
# expect: enter 4
# expect: enter 5
# expect: 3 5
# expect: exit 5
# expect: exit 4
# expect: exit 3
# expect: enter 6
# expect: exit 6
# expect: enter 7
# expect: enter 8
# expect: 7 8
# expect: exit 8
# expect: exit 7
# expect: enter 9
# expect: enter 10
# expect: two managers
# expect: exit 10
# expect: exit 9
# expect: 2
# expect: enter 11
# expect: 11
# expect: exit 11
# expect: 'tuple' object does not support the context manager protocol
# expect: 'generator' object does not support the context manager protocol
# expect: enter 1
# expect: enter (1, 2)
# expect: 1 1 2
# expect: exit (1, 2)
# expect: exit 1
