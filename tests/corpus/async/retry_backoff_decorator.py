"""An async retry decorator with exponential backoff (virtual delays) and an async LRU-ish memoizer."""
import asyncio
import functools


def retry(times, base_delay=0.001, exceptions=(Exception,)):
    def decorate(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            delay = base_delay
            for attempt in range(1, times + 1):
                try:
                    return await fn(*args, **kwargs)
                except exceptions as e:
                    if attempt == times:
                        raise
                    print(f"{fn.__name__}: attempt {attempt} failed ({e}); retrying")
                    await asyncio.sleep(delay)
                    delay *= 2
        return wrapper
    return decorate


def async_cache(fn):
    cache = {}

    @functools.wraps(fn)
    async def wrapper(*args):
        if args not in cache:
            cache[args] = asyncio.ensure_future(fn(*args))
        return await cache[args]
    wrapper.cache = cache
    return wrapper


calls = {"n": 0}


@retry(4, exceptions=(ConnectionError,))
async def unreliable():
    calls["n"] += 1
    if calls["n"] < 3:
        raise ConnectionError(f"refused #{calls['n']}")
    return "connected"


@retry(2)
async def always_fails():
    raise TimeoutError("never works")


@async_cache
async def slow_square(x):
    print("computing", x)
    await asyncio.sleep(0.001)
    return x * x


async def main():
    print(await unreliable(), calls)
    try:
        await always_fails()
    except TimeoutError as e:
        print("gave up:", e)
    print(await asyncio.gather(slow_square(3), slow_square(3), slow_square(4)))
    print(await slow_square(3), sorted(slow_square.cache))
    print(unreliable.__name__, unreliable.__wrapped__.__name__)


asyncio.run(main())
