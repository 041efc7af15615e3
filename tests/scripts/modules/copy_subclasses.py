# Instances with __slots__, subclasses of list and dict (their own
# attributes and items), the collections types, named tuples and
# exceptions are copied as CPython copies them.
import copy
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque, namedtuple


class Slotted:
    __slots__ = ('a', '__hidden')

    def __init__(self):
        self.a = [1]
        self.__hidden = 2

    def hidden(self):
        return self.__hidden


s = copy.deepcopy(Slotted())
print(s.a, s.hidden())


class Tagged(list):
    pass


t = Tagged([1, [2]])
t.tag = 'x'
t2 = copy.deepcopy(t)
print(type(t2).__name__, t2, t2.tag, t2[1] is not t[1])


class Meta(dict):
    pass


m = Meta(a=1)
m.info = 5
m2 = copy.copy(m)
print(type(m2).__name__, m2, m2.info)
dd = defaultdict(list)
dd['a'].append(1)
dd2 = copy.deepcopy(dd)
dd2['b'].append(2)
print(dd, dd2)
print(copy.deepcopy(OrderedDict([('z', 1), ('a', [2])])))
print(copy.copy(Counter('abracadabra')))
dq = deque([1, [2]], maxlen=5)
dq2 = copy.deepcopy(dq)
dq[1].append(3)
print(dq, dq2)
Pt = namedtuple('Pt', 'x y')
print(copy.deepcopy(Pt([1], 2)), copy.copy(Pt(1, 2)) == Pt(1, 2))
cm = ChainMap({'a': 1}, {'b': [2]})
cm2 = copy.deepcopy(cm)
cm.maps[1]['b'].append(3)
print(cm2)
err = ValueError('bad', 3)
err.note = 'n'
err2 = copy.copy(err)
print(repr(err2), err2.note, err2 is not err)
print(copy.deepcopy(frozenset([1, (2, 3)])) == frozenset([1, (2, 3)]), copy.deepcopy({(1, 2)}))

# expect: [1] 2
# expect: Tagged [1, [2]] x True
# expect: Meta {'a': 1} 5
# expect: defaultdict(<class 'list'>, {'a': [1]}) defaultdict(<class 'list'>, {'a': [1], 'b': [2]})
# expect: OrderedDict([('z', 1), ('a', [2])])
# expect: Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1})
# expect: deque([1, [2, 3]], maxlen=5) deque([1, [2]], maxlen=5)
# expect: Pt(x=[1], y=2) True
# expect: ChainMap({'a': 1}, {'b': [2]})
# expect: ValueError('bad', 3) n True
# expect: True {(1, 2)}
