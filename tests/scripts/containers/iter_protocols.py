# iter(callable, sentinel) and iteration through __getitem__.
values = [1, 2, 3, 0, 5]
def source():
    return values.pop(0)
print(list(iter(source, 0)), values)
class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), 5 in Squares())
it = iter(Squares())
print(type(it).__name__, next(it), next(it))
a, b, c, d = Squares()
print(a, b, c, d)

# Expected output (CPython 3.11):
# expect: [1, 2, 3] [5]
# expect: [0, 1, 4, 9] True False
# expect: iterator 0 1
# expect: 0 1 4 9
