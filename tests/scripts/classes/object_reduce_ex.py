# object's own __reduce_ex__, __reduce__, __getstate__ (3.11: None, the
# dict, or (dict, slots)), __sizeof__ and __dir__, and a subclass's
# override calling super().__reduce_ex__.
import copy
import copyreg
import pickle


class A:
    def __init__(self):
        self.x = 1
        self.y = [1, 2]


class S:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = 1


class G:
    def __init__(self):
        self.v = 5

    def __getstate__(self):
        return {'v': self.v * 2}

    def __setstate__(self, st):
        self.v = st['v'] + 1


class R(A):
    def __reduce_ex__(self, p):
        print('R.__reduce_ex__', p)
        return super().__reduce_ex__(p)


class NA:
    def __init__(self, n):
        self.n = n

    def __getnewargs__(self):
        return (self.n,)

    def __new__(cls, n=0):
        return super().__new__(cls)


a = A()
rv = a.__reduce_ex__(2)
print(rv[0] is copyreg.__newobj__, rv[1:])
print(a.__reduce_ex__(0)[0] is copyreg._reconstructor, a.__reduce_ex__(1)[1:])
print(a.__reduce__()[1:], a.__getstate__(), object().__getstate__(), a.__getstate__() is a.__dict__)
print(S().__getstate__(), G().__reduce_ex__(4)[2], NA(7).__reduce_ex__(3)[1])
print(copy.copy(R()).__dict__, pickle.loads(pickle.dumps(R(), 2)).y)
print(copy.copy(G()).v, copy.deepcopy(G()).v, pickle.loads(pickle.dumps(G())).v)
s2 = copy.deepcopy(S())
print(s2.a, hasattr(s2, 'b'), pickle.loads(pickle.dumps(S(), 4)).a)
try:
    pickle.dumps(S(), 0)
except TypeError as e:
    print(e)
for p in range(6):
    print(p, pickle.dumps(a, p))
print(object().__sizeof__(), A().__sizeof__(), S().__sizeof__())
print(sorted(object().__dir__()) == dir(object()), a.__dir__()[:2])
try:
    object.__reduce_ex__(a)
except TypeError as e:
    print(e)
try:
    object.__reduce_ex__()
except TypeError as e:
    print(e)


def gen():
    yield


try:
    copy.copy(gen())
except TypeError as e:
    print(e)

# expect: True ((<class '__main__.A'>,), {'x': 1, 'y': [1, 2]}, None, None)
# expect: True ((<class '__main__.A'>, <class 'object'>, None), {'x': 1, 'y': [1, 2]})
# expect: ((<class '__main__.A'>, <class 'object'>, None), {'x': 1, 'y': [1, 2]}) {'x': 1, 'y': [1, 2]} None True
# expect: (None, {'a': 1}) {'v': 10} (<class '__main__.NA'>, 7)
# expect: R.__reduce_ex__ 4
# expect: R.__reduce_ex__ 2
# expect: {'x': 1, 'y': [1, 2]} [1, 2]
# expect: 11 11 11
# expect: 1 False 1
# expect: a class that defines __slots__ without defining __getstate__ cannot be pickled
# expect: 0 b'ccopy_reg\n_reconstructor\np0\n(c__main__\nA\np1\nc__builtin__\nobject\np2\nNtp3\nRp4\n(dp5\nVx\np6\nI1\nsVy\np7\n(lp8\nI1\naI2\nasb.'
# expect: 1 b'ccopy_reg\n_reconstructor\nq\x00(c__main__\nA\nq\x01c__builtin__\nobject\nq\x02Ntq\x03Rq\x04}q\x05(X\x01\x00\x00\x00xq\x06K\x01X\x01\x00\x00\x00yq\x07]q\x08(K\x01K\x02eub.'
# expect: 2 b'\x80\x02c__main__\nA\nq\x00)\x81q\x01}q\x02(X\x01\x00\x00\x00xq\x03K\x01X\x01\x00\x00\x00yq\x04]q\x05(K\x01K\x02eub.'
# expect: 3 b'\x80\x03c__main__\nA\nq\x00)\x81q\x01}q\x02(X\x01\x00\x00\x00xq\x03K\x01X\x01\x00\x00\x00yq\x04]q\x05(K\x01K\x02eub.'
# expect: 4 b'\x80\x04\x95,\x00\x00\x00\x00\x00\x00\x00\x8c\x08__main__\x94\x8c\x01A\x94\x93\x94)\x81\x94}\x94(\x8c\x01x\x94K\x01\x8c\x01y\x94]\x94(K\x01K\x02eub.'
# expect: 5 b'\x80\x05\x95,\x00\x00\x00\x00\x00\x00\x00\x8c\x08__main__\x94\x8c\x01A\x94\x93\x94)\x81\x94}\x94(\x8c\x01x\x94K\x01\x8c\x01y\x94]\x94(K\x01K\x02eub.'
# expect: 16 24 32
# expect: True ['x', 'y']
# expect: object.__reduce_ex__() takes exactly one argument (0 given)
# expect: unbound method object.__reduce_ex__() needs an argument
# expect: cannot pickle 'generator' object
