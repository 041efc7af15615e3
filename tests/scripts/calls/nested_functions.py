def outer(n):
    def inner(m):
        return n * m
    return inner(3) + inner(4)
print(outer(2))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(25))
def apply(f, *a):
    return f(*a)
print(apply(max, 3, 9, 2), apply(fact, 5))
print(outer.__name__, outer.__qualname__)
def mk():
    def inner():
        pass
    return inner
print(mk().__qualname__)

# expect: 14
# expect: 2432902008176640000 15511210043330985984000000
# expect: 9 120
# expect: outer outer
# expect: mk.<locals>.inner
