# __getitem__/__setitem__/__delitem__ with tuples and slices as keys,
# augmented item assignment, and the errors when a method is missing.
class Grid:
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        print("get", k)
        if isinstance(k, slice):
            return (k.start, k.stop, k.step)
        return self.d.get(k, 0)

    def __setitem__(self, k, v):
        print("set", k, v)
        self.d[k] = v

    def __delitem__(self, k):
        print("del", k)
        del self.d[k]


g = Grid()
g[1, 2] = 5
print(g[1, 2], g[1:2], g[::3])
del g[1, 2]
try:
    del g[9, 9]
except KeyError as e:
    print("KeyError", e)
g[0, 0] = 1
g[0, 0] += 10
print(g.d)


class ReadOnly:
    def __getitem__(self, k):
        return k


class Nothing:
    pass


def store(o):
    o[0] = 1


def delete(o):
    del o[0]


for f in [lambda: store(ReadOnly()), lambda: delete(ReadOnly()), lambda: Nothing()[0],
          lambda: store(Nothing()), lambda: delete(Nothing()), lambda: Nothing[0]]:
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


class Defaults(dict):
    def __missing__(self, key):
        return key * 2


d = Defaults(a=1)
print(d["a"], d["zz"], "zz" in d, d.get("q"), d)

# expect: set (1, 2) 5
# expect: get (1, 2)
# expect: get slice(1, 2, None)
# expect: get slice(None, None, 3)
# expect: 5 (1, 2, None) (None, None, 3)
# expect: del (1, 2)
# expect: del (9, 9)
# expect: KeyError (9, 9)
# expect: set (0, 0) 1
# expect: get (0, 0)
# expect: set (0, 0) 11
# expect: {(0, 0): 11}
# expect: TypeError 'ReadOnly' object does not support item assignment
# expect: TypeError 'ReadOnly' object doesn't support item deletion
# expect: TypeError 'Nothing' object is not subscriptable
# expect: TypeError 'Nothing' object does not support item assignment
# expect: TypeError 'Nothing' object doesn't support item deletion
# expect: TypeError type 'Nothing' is not subscriptable
# expect: 1 zzzz False None {'a': 1}
