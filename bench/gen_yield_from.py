# Values flowing through a chain of yield from delegations (31 generators deep).
def leaf(n):
    for i in range(n):
        yield i
    return n

def chain(depth, n):
    if depth == 0:
        result = yield from leaf(n)
    else:
        result = yield from chain(depth - 1, n)
    return result + 1

total = 0
for rounds in range(60):
    for v in chain(30, 5000):
        total += v
print(total)
