# Tasks take turns at each await of sleep(0), in creation order; done
# callbacks run after the step that finished the task.
import asyncio

async def worker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name

def done(t):
    print('done callback', t.result())

async def main():
    tasks = [asyncio.create_task(worker(c, 3)) for c in 'ab']
    for t in tasks:
        t.add_done_callback(done)
    print('created')
    await asyncio.sleep(0)
    print('main resumed')
    for t in tasks:
        print(await t)

asyncio.run(main())

# expect: created
# expect: a 0
# expect: b 0
# expect: main resumed
# expect: a 1
# expect: b 1
# expect: a 2
# expect: b 2
# expect: done callback a
# expect: a
# expect: b
# expect: done callback b
