class Evens:
    def __contains__(self, x):
        return x % 2 == 0
class Seq:
    def __iter__(self):
        return iter([1, 2, 3])
class Old:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(4 in Evens(), 3 in Evens(), 3 not in Evens())
print(2 in Seq(), 5 in Seq(), 20 in Old(), 25 in Old(), list(Old()))
try:
    1 in 5
except TypeError as e:
    print(e)

# expect: True False True
# expect: True False True False [0, 10, 20]
# expect: argument of type 'int' is not iterable
