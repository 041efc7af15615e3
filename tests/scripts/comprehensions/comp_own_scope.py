x = "outer"
r = [x for x in range(3)]
print(r, x)
def f():
    y = "local"
    r = [y for y in "ab"]
    return r, y
print(f())
i = 10
print([i for i in range(2)], i)
g = (i for i in range(3))
print(i, list(g))

# expect: [0, 1, 2] outer
# expect: (['a', 'b'], 'local')
# expect: [0, 1] 10
# expect: 10 [0, 1, 2]
