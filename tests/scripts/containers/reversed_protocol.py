# reversed(): __reversed__, the sequence protocol, and non-reversible objects.
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(3))))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
class Custom:
    def __reversed__(self):
        return iter('custom')
print(list(reversed(Seq())), list(reversed(Custom())))
xs = [1, 2, 3]
r = reversed(xs)
xs.append(4)
print(list(r))
for bad in [3, {1, 2}, iter([1])]:
    try:
        reversed(bad)
    except TypeError as e:
        print('TypeError:', e)

# Expected output (CPython 3.11):
# expect: [3, 2, 1] [2, 1] ['c', 'b', 'a'] [2, 1, 0]
# expect: [20, 10, 0] ['c', 'u', 's', 't', 'o', 'm']
# expect: [3, 2, 1]
# expect: TypeError: 'int' object is not reversible
# expect: TypeError: 'set' object is not reversible
# expect: TypeError: 'list_iterator' object is not reversible
