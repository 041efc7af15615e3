# Deeply nested containers: repr and == hit the recursion limit instead of crashing.
d = []
for i in range(100000):
    d = [d]
try:
    repr(d)
except RecursionError as e:
    print(e)
try:
    d == [d[0]]
except RecursionError as e:
    print(e)
n = {}
for i in range(5000):
    n = {"k": n}
try:
    str(n)
except RecursionError as e:
    print(e)
shallow = [[[1]]]
print(repr(shallow), shallow == [[[1]]])

# expect: maximum recursion depth exceeded while getting the repr of an object
# expect: maximum recursion depth exceeded while getting the repr of an object
# expect: [[[1]]] True
