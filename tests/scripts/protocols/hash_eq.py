# __eq__ without __hash__ makes instances unhashable; __hash__ = None too;
# a __hash__ must return an int; equal objects with equal hashes are one key.
class EqOnly:
    def __eq__(self, o):
        return True


print(EqOnly.__hash__)
for make in [lambda: hash(EqOnly()), lambda: {EqOnly()}, lambda: {EqOnly(): 1}]:
    try:
        make()
    except TypeError as e:
        print(e)


class Unhashable:
    __hash__ = None


try:
    hash(Unhashable())
except TypeError as e:
    print(e)


class Rehashed(EqOnly):
    def __hash__(self):
        return 7


print(hash(Rehashed()), len({Rehashed(), Rehashed()}))


class Parent:
    def __hash__(self):
        return 11


class ChildEq(Parent):
    def __eq__(self, o):
        return False


try:
    hash(ChildEq())
except TypeError as e:
    print(e)


class BadHash:
    def __hash__(self):
        return "x"


try:
    hash(BadHash())
except TypeError as e:
    print(e)


class BigHash:
    def __hash__(self):
        return 2**70


class MinusOne:
    def __hash__(self):
        return -1


print(hash(BigHash()), hash(MinusOne()))


class P:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, o):
        return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"P({self.x}, {self.y})"


d = {P(1, 2): "a", P(3, 4): "b"}
d[P(1, 2)] = "A"
print(d, P(3, 4) in d, P(5, 6) in d, len({P(0, 0), P(0, 0), P(0, 1)}))
print(hash(P(1, 2)) == hash((1, 2)), P(1, 2) in {P(1, 2)}, {P(1, 2)} == {P(1, 2)})

# expect: None
# expect: unhashable type: 'EqOnly'
# expect: unhashable type: 'EqOnly'
# expect: unhashable type: 'EqOnly'
# expect: unhashable type: 'Unhashable'
# expect: 7 1
# expect: unhashable type: 'ChildEq'
# expect: __hash__ method should return an integer
# expect: 512 -2
# expect: {P(1, 2): 'A', P(3, 4): 'b'} True False 2
# expect: True True True
