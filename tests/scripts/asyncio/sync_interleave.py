# Step-by-step ordering of tasks contending for Lock, Semaphore, Condition,
# Event and queues with only sleep(0) between steps: each wake-up must land
# in the same loop iteration, in the same place of the ready queue, as in
# CPython 3.11.
import asyncio

log = []

async def sem_user(sem, name):
    log.append(f'{name}:want')
    async with sem:
        log.append(f'{name}:in')
        await asyncio.sleep(0)
        log.append(f'{name}:mid')
        await asyncio.sleep(0)
    log.append(f'{name}:out')

async def cond_user(cond, name, box):
    async with cond:
        log.append(f'{name}:wait')
        await cond.wait_for(lambda: box and box[0] == name)
        log.append(f'{name}:got {box.pop(0)}')
        cond.notify_all()

async def lifo_user(q, name):
    while True:
        item = await q.get()
        if item is None:
            log.append(f'{name}:stop')
            return
        log.append(f'{name}:{item}')
        await asyncio.sleep(0)
        q.task_done()

async def ticker(n):
    for i in range(n):
        log.append(f'tick{i}')
        await asyncio.sleep(0)

def flush(title):
    print(title, ' '.join(log))
    log.clear()

async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(ticker(6), *(sem_user(sem, n) for n in 'abcde'))
    flush('semaphore')

    bsem = asyncio.BoundedSemaphore(1)
    lock = asyncio.Lock()
    async def both(name):
        async with lock:
            log.append(f'{name}:lock')
            await asyncio.sleep(0)
            async with bsem:
                log.append(f'{name}:bsem')
                await asyncio.sleep(0)
    await asyncio.gather(ticker(5), both('x'), both('y'), both('z'))
    flush('lock+bsem')

    cond = asyncio.Condition()
    box = []
    users = [asyncio.create_task(cond_user(cond, n, box)) for n in 'pqr']
    await asyncio.sleep(0)
    for n in 'rpq':
        async with cond:
            box.append(n)
            log.append(f'main:offer {n}')
            cond.notify_all()
        await asyncio.sleep(0)
        await asyncio.sleep(0)
    await asyncio.gather(*users)
    flush('condition')

    ev = asyncio.Event()
    async def ev_waiter(name):
        log.append(f'{name}:wait')
        await ev.wait()
        log.append(f'{name}:set')
    ws = [asyncio.create_task(ev_waiter(n)) for n in 'uvw']
    await asyncio.gather(ticker(2))
    ev.set()
    log.append('main:set')
    await asyncio.gather(ticker(3), *ws)
    flush('event')

    q = asyncio.LifoQueue()
    ws = [asyncio.create_task(lifo_user(q, n)) for n in 'jk']
    for i in range(4):
        q.put_nowait(i)
    await asyncio.gather(ticker(3), q.join())
    for _ in ws:
        q.put_nowait(None)
    await asyncio.gather(*ws)
    flush('lifo')

    pq = asyncio.PriorityQueue(maxsize=2)
    async def pput(items):
        for it in items:
            await pq.put(it)
            log.append(f'put {it}')
    async def pget(n):
        for _ in range(n):
            log.append(f'get {await pq.get()}')
            await asyncio.sleep(0)
    await asyncio.gather(pput([5, 3, 9, 1, 7]), pget(5), ticker(4))
    flush('priority')

asyncio.run(main())

# Expected output (CPython 3.11):
# expect: semaphore tick0 a:want a:in b:want b:in c:want d:want e:want tick1 a:mid b:mid tick2 a:out b:out tick3 c:in d:in tick4 c:mid d:mid tick5 c:out d:out e:in e:mid e:out
# expect: lock+bsem tick0 x:lock tick1 x:bsem tick2 tick3 y:lock tick4 y:bsem z:lock z:bsem
# expect: condition p:wait q:wait r:wait main:offer r r:got r main:offer p p:got p main:offer q q:got q
# expect: event u:wait v:wait w:wait tick0 tick1 main:set u:set v:set w:set tick0 tick1 tick2
# expect: lifo j:3 k:2 tick0 j:1 k:0 tick1 tick2 j:stop k:stop
# expect: priority put 5 put 3 get 3 tick0 put 9 get 5 tick1 put 1 get 1 tick2 put 7 get 7 tick3 get 9
