# def, default arguments, recursion, closures.
def add(a, b=10):
    return a + b

print(add(1, 2), add(5))    # expect: 3 15

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(20))             # expect: 2432902008176640000

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

c = counter()
c()
c()
print(c())                  # expect: 3
