def numbers():
    n = 0
    while True:
        yield n
        n += 1
def evens(src):
    for n in src:
        if n % 2 == 0:
            yield n
def take(n, src):
    for i, v in enumerate(src):
        if i >= n:
            return
        yield v
print(list(take(5, evens(numbers()))))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(take(15, fib())))

# expect: [0, 2, 4, 6, 8]
# expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377]
