# Nested functions: creating closures, calling them, nonlocal updates.
def make_adder(k):
    def add(x):
        return x + k
    return add

def make_counter():
    count = 0
    def step(by):
        nonlocal count
        count += by
        return count
    return step

def compose(f, g):
    return lambda x: f(g(x))

def run(n):
    total = 0
    counter = make_counter()
    for i in range(n):
        add = make_adder(i % 10)
        inc2 = compose(add, make_adder(2))
        total += inc2(i) + counter(1)
    return total, counter(0)

print(run(400000))
