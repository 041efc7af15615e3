# The collections module (written in coil, compiled into the binary): output checked against CPython.
import collections
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap
d = deque([1, 2, 3]); d.append(4); d.appendleft(0); print(d, d.pop(), d.popleft(), d, len(d))
d.rotate(1); print(d); d.rotate(-2); print(d, d[0], d[-1], 2 in d)
d = deque(range(5), maxlen=3); print(d, d.maxlen); d.append(9); print(d); d.appendleft(7); print(d)
d.extendleft([1, 2]); print(d, list(reversed(d)))
try: deque().pop()
except IndexError as e: print(e)
q = deque()
for i in range(100): q.append(i)
s = 0
while q: s += q.popleft()
print(s, q, deque('ab') == deque('ab'), deque() == [])
dd = defaultdict(list); dd['a'].append(1); dd['b']; print(dd, dict(dd), dd.default_factory)
di = defaultdict(int)
for w in 'the cat the dog the'.split(): di[w] += 1
print(di, sorted(di.items()))
try: defaultdict()['x']
except KeyError as e: print('KeyError', e)
od = OrderedDict(a=1, b=2, c=3); od.move_to_end('a'); print(od, od.popitem(), od.popitem(last=False), od)
od2 = OrderedDict(); print(od2, OrderedDict([(1, 2)]) == OrderedDict([(1, 2)]))
cn = Counter('abracadabra'); print(cn, cn.most_common(2), cn['z'], sorted(cn.elements())[:4])
cn.update('aaz'); print(cn); cn.subtract({'a': 10}); print(cn)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2),
      Counter(a=3) | Counter(a=5, b=1), Counter(a=3, c=2) & Counter(a=1, c=5), Counter(), Counter(x=2).total())
Point = namedtuple('Point', 'x y')
pt = Point(1, y=2); print(pt, pt.x, pt[1], pt._asdict(), pt._replace(x=5), Point._fields, Point._make([3, 4]))
x, y = pt; print(x + y, isinstance(pt, tuple), type(pt).__name__, pt == (1, 2), len(pt))
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 9]); print(P3(1), P3(1, 2, 3))
try: Point(1)
except TypeError as e: print(e)
try: namedtuple('Bad', 'x _y')
except ValueError as e: print(e)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm), sorted(cm), cm)

# Expected output (CPython 3.11):
# expect: deque([1, 2, 3]) 4 0 deque([1, 2, 3]) 3
# expect: deque([3, 1, 2])
# expect: deque([2, 3, 1]) 2 1 True
# expect: deque([2, 3, 4], maxlen=3) 3
# expect: deque([3, 4, 9], maxlen=3)
# expect: deque([7, 3, 4], maxlen=3)
# expect: deque([2, 1, 7], maxlen=3) [7, 1, 2]
# expect: pop from an empty deque
# expect: 4950 deque([]) True False
# expect: defaultdict(<class 'list'>, {'a': [1], 'b': []}) {'a': [1], 'b': []} <class 'list'>
# expect: defaultdict(<class 'int'>, {'the': 3, 'cat': 1, 'dog': 1}) [('cat', 1), ('dog', 1), ('the', 3)]
# expect: KeyError 'x'
# expect: OrderedDict([('c', 3)]) ('a', 1) ('b', 2) OrderedDict([('c', 3)])
# expect: OrderedDict() True
# expect: Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1}) [('a', 5), ('b', 2)] 0 ['a', 'a', 'a', 'a']
# expect: Counter({'a': 7, 'b': 2, 'r': 2, 'c': 1, 'd': 1, 'z': 1})
# expect: Counter({'b': 2, 'r': 2, 'c': 1, 'd': 1, 'z': 1, 'a': -3})
# expect: Counter({'a': 4, 'b': 3}) Counter({'a': 2}) Counter({'a': 5, 'b': 1}) Counter({'c': 2, 'a': 1}) Counter() 2
# expect: Point(x=1, y=2) 1 2 {'x': 1, 'y': 2} Point(x=5, y=2) ('x', 'y') Point(x=3, y=4)
# expect: 3 True Point True 2
# expect: P3(a=1, b=0, c=9) P3(a=1, b=2, c=3)
# expect: Point.__new__() missing 1 required positional argument: 'y'
# expect: Field names cannot start with an underscore: '_y'
# expect: 1 3 2 ['a', 'b'] ChainMap({'a': 1}, {'a': 2, 'b': 3})
