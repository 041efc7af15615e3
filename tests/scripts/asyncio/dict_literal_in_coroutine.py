# A dict or set literal built at a coroutine's deepest stack point: its
# frame (sized exactly, on the heap) has room for the container the VM
# pushes while filling it. (ASan builds caught the one-slot overflow.)
import asyncio


async def report(a, b, c, d, e, f, g, h, i, j, k, l):
    await asyncio.sleep(0)
    print(sorted({'message': a, 'exception': b, 'asyncgen': c, 'x': d, 'y': e, 'z': f}.items()))
    print(sorted({g, h, i, j, k, l}))
    return {'n': len({a: b, c: d, e: f, g: h, i: j, k: l})}


def gen(*xs):
    yield {x: {x, -x} for x in xs}
    yield {**{'a': xs}, 'b': {xs}}


print(asyncio.run(report(*range(12))))
print(list(gen(1, 2)))
# expect: [('asyncgen', 2), ('exception', 1), ('message', 0), ('x', 3), ('y', 4), ('z', 5)]
# expect: [6, 7, 8, 9, 10, 11]
# expect: {'n': 6}
# expect: [{1: {1, -1}, 2: {2, -2}}, {'a': (1, 2), 'b': {(1, 2)}}]
