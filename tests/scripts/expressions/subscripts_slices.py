s = "abcdefgh"
l = list(range(10))
print(s[0], s[-1], s[2:5], s[:3], s[5:], s[::2], s[::-1], s[-3:-1], s[1:7:3])
print(l[2:8:2], l[8:2:-2], l[100:], l[-100:2], l[::-3])
t = (1, 2, 3, 4)
print(t[1:3], t[::-1], t[-2])
l[2:4] = ['a', 'b', 'c']
print(l)
del l[::2]
print(l)
d = {(1, 2): 'tuple key'}
print(d[1, 2])
m = [[1, 2], [3, 4]]
print(m[1][0])
m[0][1] += 10
print(m)

# expect: a h cde abc fgh aceg hgfedcba fg be
# expect: [2, 4, 6] [8, 6, 4] [] [0, 1] [9, 6, 3, 0]
# expect: (2, 3) (4, 3, 2, 1) 3
# expect: [0, 1, 'a', 'b', 'c', 4, 5, 6, 7, 8, 9]
# expect: [1, 'b', 4, 6, 8]
# expect: tuple key
# expect: 3
# expect: [[1, 12], [3, 4]]
