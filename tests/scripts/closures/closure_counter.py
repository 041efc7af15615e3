def make_counter(start=0, step=1):
    n = start
    def next_value():
        nonlocal n
        n += step
        return n
    def reset():
        nonlocal n
        n = start
    next_value.reset = reset
    return next_value
c = make_counter(10, 5)
print(c(), c(), c())
c.reset()
print(c())
d = make_counter()
print(d(), c())

# expect: 15 20 25
# expect: 15
# expect: 1 20
