class C:
    items = [1, 2, 3]
    doubled = [v * 2 for v in items]
    n = 10
    try:
        scaled = [v * n for v in items]
    except NameError as e:
        scaled = str(e)
    first = [items[0] for _ in range(2)] if False else None
print(C.doubled)
print(C.scaled)
class D:
    n = 3
    pairs = {k: k * 2 for k in range(n)}
print(D.pairs)

# expect: [2, 4, 6]
# expect: name 'n' is not defined
# expect: {0: 0, 1: 2, 2: 4}
