# Builtins and statements that consume generators.
def g(n):
    for i in range(n):
        yield i
print(list(g(4)), tuple(g(3)), set(g(3)), sum(g(5)), min(g(3)), max(g(3)))
print(3 in g(5), 7 in g(5))
print(list(zip(g(3), g(5))), list(enumerate(g(2), 1)), list(map(str, g(3))))
print(sorted(g(4), reverse=True), list(filter(None, g(4))))
a, *b = g(4)
print(a, b)
print(dict((k, k * k) for k in g(3)))
print("-".join(str(i) for i in g(4)))
print(any(i > 2 for i in g(4)), all(i < 2 for i in g(4)))

# expect: [0, 1, 2, 3] (0, 1, 2) {0, 1, 2} 10 0 2
# expect: True False
# expect: [(0, 0), (1, 1), (2, 2)] [(1, 0), (2, 1)] ['0', '1', '2']
# expect: [3, 2, 1, 0] [1, 2, 3]
# expect: 0 [1, 2, 3]
# expect: {0: 0, 1: 1, 2: 4}
# expect: 0-1-2-3
# expect: True False
