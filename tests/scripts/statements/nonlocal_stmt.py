def outer():
    x = 1
    def inc():
        nonlocal x
        x += 1
        return x
    inc(); inc()
    return x
print(outer())
def counter():
    count = 0
    def tick():
        nonlocal count
        count += 1
        return count
    return tick
t = counter()
print(t(), t(), t())
def deep():
    v = 'a'
    def mid():
        def inner():
            nonlocal v
            v += 'c'
        nonlocal v
        v += 'b'
        inner()
    mid()
    return v
print(deep())

# expect: 3
# expect: 1 2 3
# expect: abc
