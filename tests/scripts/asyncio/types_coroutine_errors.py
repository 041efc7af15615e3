# types.coroutine checks its argument; awaiting a plain generator fails.
import types
try:
    types.coroutine(5)
except TypeError as e:
    print(e)

def g():
    yield

async def use():
    await g()

try:
    use().send(None)
except TypeError as e:
    print(e)

# expect: types.coroutine() expects a callable
# expect: object generator can't be used in 'await' expression
