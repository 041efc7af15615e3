def f(a, b=2, *c, d, e=5, **g):
    "docstring here"
    x = 1
    return x
print(f.__name__, f.__doc__)
print(f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_name)
f.custom = 'attr'
print(f.custom)
print(callable(f), type(f).__name__)
print(repr(f).startswith('<function f at 0x'))

# expect: f docstring here
# expect: (2,) {'e': 5}
# expect: 2 2 f
# expect: attr
# expect: True function
# expect: True
