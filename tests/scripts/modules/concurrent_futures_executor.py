# concurrent.futures executors (submit, map, as_completed, wait, errors,
# shutdown) and asyncio run_in_executor/to_thread/gather over them.
import asyncio, concurrent.futures, threading, time

def work(n):
    return n * n, threading.current_thread().name

with concurrent.futures.ThreadPoolExecutor(max_workers=2) as ex:
    futs = [ex.submit(work, i) for i in range(3)]
    print([f.result()[0] for f in futs])
    print(list(ex.map(lambda x: x + 1, [1, 2, 3])))
    print(sorted(f.result()[0] for f in concurrent.futures.as_completed(futs)))
    done, not_done = concurrent.futures.wait(futs)
    print(len(done), len(not_done))
    bad = ex.submit(lambda: 1 / 0)
    print(type(bad.exception()).__name__, bad.done(), bad.cancelled(), bad.cancel())
    try:
        bad.result()
    except ZeroDivisionError as e:
        print("raised", e)
try:
    ex.submit(work, 1)
except RuntimeError as e:
    print(e)

def blocking(x):
    time.sleep(0.01)
    return x * 10

async def main():
    loop = asyncio.get_running_loop()
    r = await loop.run_in_executor(None, blocking, 4)
    r2 = await asyncio.to_thread(blocking, 5)
    with concurrent.futures.ThreadPoolExecutor() as pool:
        r3 = await loop.run_in_executor(pool, blocking, 6)
    rs = await asyncio.gather(asyncio.to_thread(blocking, 1), asyncio.to_thread(blocking, 2))
    try:
        await asyncio.to_thread(lambda: 1 / 0)
    except ZeroDivisionError:
        print("to_thread raised")
    print(r, r2, r3, rs)

asyncio.run(main())
f = concurrent.futures.Future()
print(f.done(), f.running())
f.set_result(3)
print(f.result())

# expect: [0, 1, 4]
# expect: [2, 3, 4]
# expect: [0, 1, 4]
# expect: 3 0
# expect: ZeroDivisionError True False False
# expect: raised division by zero
# expect: cannot schedule new futures after shutdown
# expect: to_thread raised
# expect: 40 50 60 [10, 20]
# expect: False False
# expect: 3
