# asyncio basics in the tutorial's order: run, create_task, gather with
# return_exceptions, wait_for timeouts, task names and results, as_completed order.
import asyncio


async def fetch(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    return f"{name}:{delay}"


async def main():
    t1 = asyncio.create_task(fetch("a", 0.02), name="task-a")
    t2 = asyncio.create_task(fetch("b", 0.01))
    print(t1.get_name(), t1.done())
    print(await t1, await t2, t1.done(), t1.result())
    results = await asyncio.gather(fetch("x", 0.03), fetch("y", 0.01, fail=True), fetch("z", 0.02),
                                   return_exceptions=True)
    print([repr(r) for r in results])
    try:
        await asyncio.gather(fetch("p", 0.01), fetch("q", 0.001, fail=True))
    except ValueError as e:
        print("gather raised:", e)
    try:
        await asyncio.wait_for(fetch("slow", 1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out", asyncio.TimeoutError is TimeoutError)
    order = []
    for fut in asyncio.as_completed([fetch("c3", 0.03), fetch("c1", 0.01), fetch("c2", 0.02)]):
        order.append(await fut)
    print(order)
    done, pending = await asyncio.wait([asyncio.create_task(fetch("w", 0.01))])
    print(len(done), len(pending), [t.result() for t in done])
    print(await asyncio.gather(), await asyncio.gather(*[fetch(str(i), 0) for i in range(3)]))
    return "main finished"


print(asyncio.run(main()))
