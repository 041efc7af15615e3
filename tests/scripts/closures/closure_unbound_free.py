def f():
    def g():
        return x
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
    x = 1
    return g()
print(f())

# expect: NameError cannot access free variable 'x' where it is not associated with a value in enclosing scope
# expect: 1
