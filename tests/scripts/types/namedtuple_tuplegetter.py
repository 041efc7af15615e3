# namedtuple fields are _collections._tuplegetter descriptors: read-only,
# index-based, with a writable __doc__, and a subclass's properties see them.
from collections import namedtuple
import _collections
import copy
import pickle

P = namedtuple('P', 'x y')
p = P(1, 2)
print(p.x, p.y, P.x, type(P.x), P.x.__doc__)
print(P.y.__get__(p), P.x.__get__(None, P) is P.x, P.x.__reduce__())
try:
    p.x = 5
except AttributeError as e:
    print(e)
try:
    del p.x
except AttributeError as e:
    print(e)
try:
    P.x.__get__(5)
except TypeError as e:
    print(e)
P.x.__doc__ = 'the first'
print(P.x.__doc__, hasattr(P.x, '__set__'), hasattr(P.x, '__delete__'))


class Q(P):
    @property
    def s(self):
        return self.x + self.y


q = Q(3, 4)
print(q.s, q.x, pickle.loads(pickle.dumps(q)), copy.deepcopy(p))
getter = _collections._tuplegetter(1, 'second')


class T(tuple):
    b = getter


print(T((5, 6)).b, T.b.__doc__)
try:
    T((5,)).b
except IndexError as e:
    print(e)
# The same LOAD_ATTR instruction over different classes and a plain tuple.
R = namedtuple('R', 'y x')
for obj in (P(1, 2), R(3, 4), P(5, 6), Q(7, 8), T((9, 10))):
    try:
        print(obj.x)
    except AttributeError as e:
        print(e)
total = 0
for i in range(1000):
    total += p.x + p.y
print(total)

# expect: 1 2 _tuplegetter(0, 'Alias for field number 0') <class '_collections._tuplegetter'> Alias for field number 0
# expect: 2 True (<class '_collections._tuplegetter'>, (0, 'Alias for field number 0'))
# expect: can't set attribute
# expect: can't delete attribute
# expect: descriptor for index '0' for tuple subclasses doesn't apply to 'int' object
# expect: the first True True
# expect: 7 3 Q(x=3, y=4) P(x=1, y=2)
# expect: 6 second
# expect: tuple index out of range
# expect: 1
# expect: 4
# expect: 5
# expect: 7
# expect: 'T' object has no attribute 'x'
# expect: 3000
