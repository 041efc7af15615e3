# contextlib.asynccontextmanager (built on anext): enter/exit order, the
# value bound by `as`, exceptions thrown into the generator and suppressed,
# and a generator that does not yield.
import asyncio
from contextlib import asynccontextmanager

log = []

@asynccontextmanager
async def resource(name):
    log.append(f'open {name}')
    await asyncio.sleep(0)
    try:
        yield name.upper()
    finally:
        await asyncio.sleep(0)
        log.append(f'close {name}')

@asynccontextmanager
async def swallow():
    try:
        yield
    except KeyError as e:
        log.append(f'swallowed {e!r}')

@asynccontextmanager
async def no_yield():
    if False:
        yield

async def main():
    async with resource('a') as a, resource('b') as b:
        log.append(a + b)
    try:
        async with resource('c'):
            raise ValueError('inside')
    except ValueError as e:
        log.append(f'caught {e}')
    async with swallow():
        raise KeyError('k')
    try:
        async with no_yield():
            pass
    except RuntimeError as e:
        log.append(str(e))
    print('\n'.join(log))

asyncio.run(main())
# expect: open a
# expect: open b
# expect: AB
# expect: close b
# expect: close a
# expect: open c
# expect: close c
# expect: caught inside
# expect: swallowed KeyError('k')
# expect: generator didn't yield
