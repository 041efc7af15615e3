add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda: 42)())
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, x=3))
print(sorted([3, -1, 2], key=lambda v: abs(v)))
print(add.__name__)
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, lambda x: x + 1)(41) + "!")

# expect: 11 3
# expect: 42
# expect: ((1, 2), [('x', 3)])
# expect: [-1, 2, 3]
# expect: <lambda>
# expect: 42!
