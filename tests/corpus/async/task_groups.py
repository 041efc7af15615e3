"""Structured concurrency with asyncio.TaskGroup (3.11): results, failure cancelling siblings, except*."""
import asyncio


async def job(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(f"{name} failed")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("a", 0.01))
        t2 = tg.create_task(job("b", 0.02))
    print("both done:", t1.result(), t2.result())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("ok", 0.01))
            tg.create_task(job("bad", 0.02, fail=True))
            tg.create_task(job("slow", 1))
    except* ValueError as eg:
        print("caught group:", [str(e) for e in eg.exceptions])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("x", 0.01, fail=True))
            tg.create_task(job("y", 0.01, fail=True))
    except ExceptionGroup as eg:
        print(type(eg).__name__, len(eg.exceptions), sorted(str(e) for e in eg.exceptions))

    try:
        raise ExceptionGroup("many", [KeyError("k"), TypeError("t"), KeyError("k2")])
    except* KeyError as g:
        print("KeyErrors:", [repr(e) for e in g.exceptions])
    except* TypeError as g:
        print("TypeErrors:", [repr(e) for e in g.exceptions])


asyncio.run(main())
