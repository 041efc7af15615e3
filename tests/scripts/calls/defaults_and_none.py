def f(items=None, *, sep=", ", end="."):
    if items is None:
        items = []
    return sep.join(map(str, items)) + end
print(f(), f([1, 2]), f([1], sep="-", end="!"))
def counter(start=0, _cache={}):
    _cache[start] = _cache.get(start, 0) + 1
    return _cache
print(counter(), counter(), counter(1))
def scale(x, factor=2.0 * 3):
    return x * factor
print(scale(2), scale.__defaults__)

# expect: . 1, 2. 1!
# expect: {0: 2, 1: 1} {0: 2, 1: 1} {0: 2, 1: 1}
# expect: 12.0 (6.0,)
