def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(4)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print("stopped")
for v in count(3):
    print("v", v)

# expect: [0, 1, 2, 3]
# expect: 0 1
# expect: stopped
# expect: v 0
# expect: v 1
# expect: v 2
