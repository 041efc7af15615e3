# __slots__ names become member descriptors holding the values in the
# instance itself: a subclass without __slots__ gets a __dict__ that does not
# show its parent's slots; CPython's errors for unset slots and misuse.
import copy
import pickle


class P:
    __slots__ = ('y', 'x')

    def __init__(self):
        self.x = 1


class Q(P):
    pass


q = Q()
q.z = 3
print(vars(q), q.x, q.__dict__, 'x' in dir(q))
q.x = 5
print(vars(q), q.x)
print(type(P.x), P.x, repr(P.y), P.x.__name__, P.x.__qualname__, P.x.__objclass__)
print([k for k in P.__dict__ if not k.startswith('__')])
p = P()
try:
    p.y
except AttributeError as e:
    print(e)
try:
    p.z = 1
except AttributeError as e:
    print(e)
try:
    del p.y
except AttributeError as e:
    print(e)
P.x.__set__(p, 10)
print(P.x.__get__(p), P.x.__get__(None, P) is P.x, hasattr(p, '__dict__'), hasattr(q, '__dict__'))
del p.x
print(hasattr(p, 'x'))
try:
    P.x.__get__(1)
except TypeError as e:
    print(e)


class R:
    __slots__ = ['a', '__dict__']


r = R()
r.a = 1
r.b = 2
print(vars(r))


class S(Q):
    __slots__ = ('w', '__v')

    def set(self):
        self.__v = 'private'


s = S()
s.w = 1
s.x = 2
s.k = 3
s.set()
print(vars(s), S.w, S.__slots__, s._S__v, sorted(k for k in S.__dict__ if k not in ('__module__', '__doc__')))
try:
    class Bad:
        __slots__ = ('a',)
        a = 1
except ValueError as e:
    print(e)
try:
    class Bad2:
        __slots__ = (1,)
except TypeError as e:
    print(e)
try:
    class Bad3:
        __slots__ = ('no good',)
except TypeError as e:
    print(e)


class A:
    __slots__ = ('a',)


class B:
    __slots__ = ('b',)


try:
    class AB(A, B):
        pass
except TypeError as e:
    print(e)


class Base:
    __slots__ = ('_extra',)


class Left(Base):
    __slots__ = ()


class Right(Base):
    __slots__ = ()


class Both(Left, Right):
    __slots__ = ()


b = Both()
b._extra = 'shared'
print(b._extra)
try:
    q.__class__ = S
except TypeError as e:
    print(e)
# copy and pickle see the slots through __getstate__.
q2 = copy.deepcopy(q)
print(q2.x, vars(q2), q.__getstate__())
s2 = pickle.loads(pickle.dumps(s))
print(s2.w, s2.x, s2._S__v, vars(s2))
# The same instruction over slotted and plain instances.
class Plain:
    def __init__(self):
        self.x = 'plain'


for obj in (P(), Plain(), Q(), P()):
    print(obj.x)
# expect: {'z': 3} 1 {'z': 3} True
# expect: {'z': 3} 5
# expect: <class 'member_descriptor'> <member 'x' of 'P' objects> <member 'y' of 'P' objects> x P.x <class '__main__.P'>
# expect: ['x', 'y']
# expect: 'P' object has no attribute 'y'
# expect: 'P' object has no attribute 'z'
# expect: y
# expect: 10 True False True
# expect: False
# expect: descriptor 'x' for 'P' objects doesn't apply to a 'int' object
# expect: {'b': 2}
# expect: {'k': 3} <member 'w' of 'S' objects> ('w', '__v') private ['_S__v', '__slots__', 'set', 'w']
# expect: 'a' in __slots__ conflicts with class variable
# expect: __slots__ items must be strings, not 'int'
# expect: __slots__ must be identifiers
# expect: multiple bases have instance lay-out conflict
# expect: shared
# expect: __class__ assignment: 'S' object layout differs from 'Q'
# expect: 5 {'z': 3} ({'z': 3}, {'x': 5})
# expect: 1 2 private {'k': 3}
# expect: 1
# expect: plain
# expect: 1
# expect: 1
