def a(x):
    def b(y):
        def c(z):
            def d():
                return x + y + z
            return d
        return c
    return b
print(a(1)(2)(3)())
def outer():
    v = "outer"
    def mid():
        def inner():
            return v
        return inner
    v = "changed"
    return mid()
print(outer()())
print(a.__code__.co_cellvars, a(1).__code__.co_freevars)

# expect: 6
# expect: changed
# expect: ('x',) ('x',)
