# reversed() over sequences and objects with __reversed__.
print(list(reversed([1, 2, 3])))   # expect: [3, 2, 1]
print("".join(reversed("abc")))    # expect: cba
print(list(reversed(range(4))))    # expect: [3, 2, 1, 0]
print(list(reversed((1, 2))))      # expect: [2, 1]
class R:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(R())))         # expect: ['z', 'y', 'x']
reversed(5)
# expect runtime error: TypeError: 'int' object is not reversible
