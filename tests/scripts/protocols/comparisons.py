# Rich comparisons: a < b falls back to b > a; == falls back to identity when
# both sides return NotImplemented; != inverts __eq__; sorted/min/max use __lt__.
class OnlyLt:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return self.v < o.v

    def __repr__(self):
        return f"L{self.v}"


class OnlyGt:
    def __init__(self, v):
        self.v = v

    def __gt__(self, o):
        return self.v > o.v

    def __repr__(self):
        return f"G{self.v}"


print(sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)]), OnlyLt(1) > OnlyLt(2))
print(max([OnlyLt(3), OnlyLt(5), OnlyLt(4)]), min(OnlyLt(3), OnlyLt(2)))
print(sorted([OnlyGt(2), OnlyGt(1)]), min(OnlyGt(2), OnlyGt(1)), OnlyGt(1) < OnlyGt(2))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print(e)


class Declines:
    def __eq__(self, o):
        return NotImplemented


e = Declines()
print(e == e, e == Declines(), e != e, e != 1, e in [e], Declines() in [e])


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        print("eq called")
        return isinstance(o, Eq) and self.v == o.v


print(Eq(1) != Eq(1), Eq(1) != Eq(2), [Eq(1)] == [Eq(1)], Eq(1) in [0, Eq(1)])


class Key:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag

    def __lt__(self, o):
        return self.k < o.k

    def __repr__(self):
        return f"{self.k}{self.tag}"


items = [Key(2, "a"), Key(1, "b"), Key(2, "c"), Key(1, "d"), Key(0, "e")]
print(sorted(items), sorted(items, reverse=True))
print(max(items), min(items), max(items, key=lambda x: -x.k))
try:
    sorted([Key(1, "x"), 3])
except TypeError as e:
    print(e)
try:
    object() < object()
except TypeError as e:
    print(e)

# expect: [L1, L2, L3] False
# expect: L5 L2
# expect: [G1, G2] G1 True
# expect: '<=' not supported between instances of 'OnlyLt' and 'OnlyLt'
# expect: True False False True True False
# expect: eq called
# expect: eq called
# expect: eq called
# expect: eq called
# expect: eq called
# expect: False True True True
# expect: [0e, 1b, 1d, 2a, 2c] [2a, 2c, 1b, 1d, 0e]
# expect: 2a 0e 0e
# expect: '<' not supported between instances of 'int' and 'Key'
# expect: '<' not supported between instances of 'object' and 'object'
