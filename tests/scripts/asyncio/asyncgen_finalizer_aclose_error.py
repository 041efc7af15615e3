# An async generator dropped while suspended is closed by the loop's
# finalizer hook in a task of its own; an error its aclose() raises is
# reported through the loop's exception handler when that task ends (as
# CPython does when it frees the task), not at exit.
import asyncio


async def agen(await_first):
    try:
        yield 1
        yield 2
    finally:
        print('finally starts')
        if await_first:
            await asyncio.sleep(0)
        raise ValueError('boom in aclose')


def handler(loop, ctx):
    print('handler:', ctx['message'], repr(ctx['exception']))
    print('future:', ctx['future'])


async def main(await_first):
    asyncio.get_running_loop().set_exception_handler(handler)
    g = agen(await_first)
    async for x in g:
        print('got', x)
        break
    del g
    print('after break')
    for i in range(3):
        await asyncio.sleep(0)
        print('slept', i)


asyncio.run(main(False))
asyncio.run(main(True))
print('end')

# expect: got 1
# expect: after break
# expect: slept 0
# expect: finally starts
# expect: handler: Task exception was never retrieved ValueError('boom in aclose')
# expect: future: <Task finished name='Task-2' coro=<<async_generator_athrow without __name__>()> exception=ValueError('boom in aclose')>
# expect: slept 1
# expect: slept 2
# expect: got 1
# expect: after break
# expect: slept 0
# expect: finally starts
# expect: slept 1
# expect: handler: Task exception was never retrieved ValueError('boom in aclose')
# expect: future: <Task finished name='Task-6' coro=<<async_generator_athrow without __name__>()> exception=ValueError('boom in aclose')>
# expect: slept 2
# expect: end
