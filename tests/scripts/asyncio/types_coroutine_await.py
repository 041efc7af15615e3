# A @types.coroutine generator can be awaited from a native coroutine, and
# can itself `yield from` a native coroutine.
import types

@types.coroutine
def pause(tag):
    got = yield tag
    return 'pause got ' + str(got)

async def inner():
    r = await pause('from inner')
    return 'inner: ' + r

@types.coroutine
def gen_based():
    r = yield from inner()
    return 'gen_based: ' + r

async def outer():
    return await gen_based()

c = outer()
print(c.send(None))
try:
    c.send(42)
except StopIteration as e:
    print(e.value)
print(types.coroutine(pause) is pause)

def plain():
    return 7
wrapped = types.coroutine(plain)
print(wrapped(), wrapped.__name__)

# expect: from inner
# expect: gen_based: inner: pause got 42
# expect: True
# expect: 7 plain
