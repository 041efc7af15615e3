# Generator expressions consumed by sum() and other builtins.
def run(n):
    a = sum(x * x for x in range(n))
    b = sum(1 for x in range(n) if x % 3 == 0)
    c = max(x % 1000 for x in range(n))
    return a, b, c

print(run(1500000))
