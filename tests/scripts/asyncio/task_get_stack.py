# Task.get_stack() / Task.print_stack() as CPython 3.11's: the suspended
# coroutine's frame, nothing once cancelled, the traceback's frames (and the
# exception) once it failed; limit= and file=.
import asyncio, sys, io

async def inner():
    await asyncio.sleep(1)

async def outer():
    await inner()

async def main():
    t = asyncio.create_task(outer(), name="T1")
    await asyncio.sleep(0)
    c = t.get_coro()
    print(c.cr_frame is not None, c.cr_frame.f_code.co_name, c.cr_frame.f_lineno, type(c.cr_await).__name__)
    st = t.get_stack()
    print([(f.f_code.co_name, f.f_lineno) for f in st])
    buf = io.StringIO()
    t.print_stack(file=buf)
    print(buf.getvalue().replace(__file__, "F"))
    t.print_stack(limit=1, file=buf)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        pass
    print(t.get_stack())
    buf = io.StringIO()
    t.print_stack(file=buf)
    print(buf.getvalue().replace(__file__, "F"))
    async def boom():
        1/0
    t2 = asyncio.create_task(boom(), name="T2")
    await asyncio.sleep(0)
    print([(f.tb_frame.f_code.co_name if hasattr(f, 'tb_frame') else f.f_code.co_name, f.f_lineno) for f in t2.get_stack()])
    buf = io.StringIO()
    t2.print_stack(file=buf)
    print(buf.getvalue().replace(__file__, "F"))
    try: t2.result()
    except ZeroDivisionError: pass
asyncio.run(main())
# expect: True outer 10 coroutine
# expect: [('outer', 10)]
# expect: Stack for <Task pending name='T1' coro=<outer() running at F:10> wait_for=<Future pending cb=[Task.task_wakeup()]>> (most recent call last):
# expect:   File "F", line 10, in outer
# expect:     await inner()
# expect:
# expect: []
# expect: No stack for <Task cancelled name='T1' coro=<outer() done, defined at F:9>>
# expect:
# expect: [('boom', 33)]
# expect: Traceback for <Task finished name='T2' coro=<main.<locals>.boom() done, defined at F:32> exception=ZeroDivisionError('division by zero')> (most recent call last):
# expect:   File "F", line 33, in boom
# expect:     1/0
# expect: ZeroDivisionError: division by zero
# expect:
