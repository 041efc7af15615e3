# Slicing everything: negative steps, out-of-range bounds, slice objects and
# indices(), slice assignment that grows and shrinks, extended-slice errors, del.
s = "abcdefghij"
for sl in [slice(None, None, -1), slice(2, 8, 2), slice(-3, None), slice(None, -3), slice(8, 2, -2),
           slice(100, 200), slice(-100, 3), slice(None, None, 3), slice(5, None, -1), slice(-1, -11, -1)]:
    print(sl, repr(s[sl]), list(range(10))[sl] == [int(c, 20) - 10 for c in s[sl]], sl.indices(len(s)))
lst = list(range(10))
lst[2:5] = ["a"]
print(lst)
lst[1:1] = ["x", "y", "z"]
print(lst)
lst[::2] = [0] * len(lst[::2])
print(lst)
try:
    lst[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
del lst[::3]
print(lst)
del lst[-2:]
print(lst)
lst[len(lst):] = [9, 9]
lst[:0] = "ab"
print(lst)
t = (0, 1, 2, 3, 4)
print(t[1:-1], t[::-2], t[10:], t[-10:2], (t[2:3], t[2]), b"bytes"[1:3], b"bytes"[1], bytearray(b"xyz")[::-1])
r = range(0, 20, 3)
print(r[2:5], r[::-1], r[-1], list(r[1::2]), range(10)[::-3])
m = memoryview(b"abcdef")
print(m[1:4].tobytes(), m[::2].tobytes(), m[-1])


class Grid:
    def __init__(self):
        self.rows = [[r * 3 + c for c in range(3)] for r in range(3)]

    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            if isinstance(r, slice):
                return [row[c] for row in self.rows[r]]
            return self.rows[r][c]
        return self.rows[key]


g = Grid()
print(g[1, 2], g[:, 0], g[::2, 1], g[-1], g[1:][0])
try:
    s[1.5]
except TypeError as e:
    print("TypeError:", e)
try:
    [1][5]
except IndexError as e:
    print("IndexError:", e)
try:
    "x"[3]
except IndexError as e:
    print("IndexError:", e)
print(slice(1, 2, 3).start, slice(5).stop, slice(1, 10).step, slice(2, 6) == slice(2, 6))
