# `return`, `break` and `continue` leaving an `async with` block await
# __aexit__(None, None, None) on the way out (this once failed to compile:
# "negative stack depth"), also through try/finally, and `async with lock:
# return ...` is the everyday case.
import asyncio

class CM:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print('enter', self.name)
        return self
    async def __aexit__(self, *exc):
        await asyncio.sleep(0)
        print('exit', self.name, exc)
        return False

async def ret():
    async with CM('ret') as cm:
        return cm.name

async def ret_finally():
    async with CM('outer'):
        try:
            async with CM('inner'):
                return 'through finally'
        finally:
            print('finally')

async def loop():
    done = []
    for i in range(4):
        async with CM(f'loop{i}'):
            if i == 1:
                continue
            if i == 3:
                break
            done.append(i)
    return done

async def guarded(lock, n, log):
    async with lock:
        log.append(n)
        if n % 2:
            return f'odd {n}'
        await asyncio.sleep(0)
        return f'even {n}'

async def main():
    print(await ret())
    print(await ret_finally())
    print(await loop())
    lock = asyncio.Lock()
    log = []
    print(await asyncio.gather(*(guarded(lock, n, log) for n in range(4))), log, lock.locked())

asyncio.run(main())

# Expected output (CPython 3.11):
# expect: enter ret
# expect: exit ret (None, None, None)
# expect: ret
# expect: enter outer
# expect: enter inner
# expect: exit inner (None, None, None)
# expect: finally
# expect: exit outer (None, None, None)
# expect: through finally
# expect: enter loop0
# expect: exit loop0 (None, None, None)
# expect: enter loop1
# expect: exit loop1 (None, None, None)
# expect: enter loop2
# expect: exit loop2 (None, None, None)
# expect: enter loop3
# expect: exit loop3 (None, None, None)
# expect: [0, 2]
# expect: ['even 0', 'odd 1', 'even 2', 'odd 3'] [0, 1, 2, 3] False
