# list methods: append, extend, insert, pop, remove, index, count, reverse, copy, clear.
xs = [1, 2, 3]
xs.append(4)
xs.extend((5, 6))
xs.extend(x * 10 for x in range(2))
xs.insert(0, -1)
xs.insert(-1, 99)
print(xs)
xs.insert(100, 'end')
xs.insert(-100, 'start')
print(xs)
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
xs.remove(6)
print(xs.index(3), xs.index(3, 2), xs.index(3, -6, -1), xs.count(1), xs.count(7))
ys = xs.copy()
ys.reverse()
print(ys, xs is ys, xs == ys[::-1])
ys.clear()
print(ys, len(xs))
zs = [1, 2]
zs.extend(zs)
print(zs)

# Expected output (CPython 3.11):
# expect: [-1, 1, 2, 3, 4, 5, 6, 0, 99, 10]
# expect: ['start', -1, 1, 2, 3, 4, 5, 6, 0, 99, 10, 'end']
# expect: end start 99 [-1, 1, 2, 3, 4, 5, 6, 0, 10]
# expect: 3 3 3 1 0
# expect: [10, 0, 5, 4, 3, 2, 1, -1] False True
# expect: [] 8
# expect: [1, 2, 1, 2]
