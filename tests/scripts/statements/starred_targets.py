first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(5)
print(a, mid, z)
a, *mid, z = (1, 2)
print(a, mid, z)
[*everything] = {1: 'x'}
print(everything)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
for head, *tail in [(1, 2, 3), (4,)]:
    print(head, tail)

# expect: 1 [2, 3, 4]
# expect: ['a', 'b', 'c'] d
# expect: 0 [1, 2, 3] 4
# expect: 1 [] 2
# expect: [1]
# expect: 1 [2, 3] 4
# expect: 1 [2, 3]
# expect: 4 []
