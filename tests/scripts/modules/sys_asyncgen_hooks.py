# sys.set_asyncgen_hooks / get_asyncgen_hooks: the loop's own hooks while it
# runs, user hooks taken at an async generator's first iteration, the
# finalizer called when an 'async for' drops it (nothing closes it then),
# argument checks.
import asyncio, sys
print(sys.get_asyncgen_hooks())
print(type(sys.get_asyncgen_hooks()).__name__)

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")

seen = []
def fi(g):
    print("firstiter", type(g).__name__)
def fz(g):
    print("finalizer", type(g).__name__)
    seen.append(g)

async def main():
    h = sys.get_asyncgen_hooks()
    print(h.firstiter.__name__, h.finalizer.__name__, len(h))
    print(h[0] is h.firstiter, h[1] is h.finalizer)
    old = sys.get_asyncgen_hooks()
    sys.set_asyncgen_hooks(firstiter=fi, finalizer=fz)
    async for x in agen():
        print("got", x)
        break
    print("after")
    # the generator the finalizer received was not closed: close it by hand
    await seen[0].aclose()
    g = agen()
    await g.__anext__()
    sys.set_asyncgen_hooks(*old)
    # hooks are taken at the first iteration: g keeps fz
    del g

asyncio.run(main())
print(sys.get_asyncgen_hooks())
sys.set_asyncgen_hooks(fi, None)
print(sys.get_asyncgen_hooks().firstiter is fi, sys.get_asyncgen_hooks().finalizer)
sys.set_asyncgen_hooks(finalizer=fz)
print(sys.get_asyncgen_hooks().firstiter is fi, sys.get_asyncgen_hooks().finalizer is fz)
sys.set_asyncgen_hooks(firstiter=None, finalizer=None)
for kw in ({"firstiter": 1}, {"finalizer": "x"}, {"firstiter": 1, "finalizer": 2}):
    try:
        sys.set_asyncgen_hooks(**kw)
    except TypeError as e:
        print(e)
try:
    sys.set_asyncgen_hooks(bogus=1)
except TypeError as e:
    print(e)
try:
    sys.set_asyncgen_hooks(1, 2, 3)
except TypeError as e:
    print(e)
print(sys.get_asyncgen_hooks())

# expect: asyncgen_hooks(firstiter=None, finalizer=None)
# expect: asyncgen_hooks
# expect: _asyncgen_firstiter_hook _asyncgen_finalizer_hook 2
# expect: True True
# expect: firstiter async_generator
# expect: got 1
# expect: finalizer async_generator
# expect: after
# expect: agen finally
# expect: firstiter async_generator
# expect: finalizer async_generator
# expect: asyncgen_hooks(firstiter=None, finalizer=None)
# expect: True None
# expect: True True
# expect: callable firstiter expected, got int
# expect: callable finalizer expected, got str
# expect: callable finalizer expected, got int
# expect: 'bogus' is an invalid keyword argument for this function
# expect: function takes at most 2 arguments (3 given)
# expect: asyncgen_hooks(firstiter=None, finalizer=None)
