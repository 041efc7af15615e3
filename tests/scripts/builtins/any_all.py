# any() and all() short-circuit over any iterable.
print(any([]), all([]))                # expect: False True
print(any([0, "", 3]), all([1, "x"]))  # expect: True True
print(all([1, 0, 1]), any([None]))     # expect: False False
seen = []
def gen():
    for i in range(5):
        seen.append(i)
        yield i
print(any(x > 1 for x in gen()), seen)  # expect: True [0, 1, 2]
