# iter(callable, sentinel) calls until the sentinel is returned.
values = [3, 2, 1, 0, 5]
def pop():
    return values.pop(0)
print(list(iter(pop, 0)))  # expect: [3, 2, 1]
print(values)              # expect: [5]
iter(1, 2)
# expect runtime error: TypeError: iter(v, w): v must be callable
