def f():
    x = 1
    def g():
        return x
    del x
    try:
        g()
    except NameError as e:
        print(e)
    x = 2
    return g()
print(f())

# expect: cannot access free variable 'x' where it is not associated with a value in enclosing scope
# expect: 2
