# Without an event loop no finalizer hook is set: an async generator an 'async
# for' drops is closed at once, synchronously, as CPython's finalizer does.
import sys

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("finally")

async def main():
    async for x in agen():
        print(x)
        break
    print("after")

c = main()
try:
    c.send(None)
except StopIteration:
    print("done")
print(sys.get_asyncgen_hooks())

# expect: 1
# expect: finally
# expect: after
# expect: done
# expect: asyncgen_hooks(firstiter=None, finalizer=None)
