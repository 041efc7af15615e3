# Generic aliases of classes CPython makes subscriptable (__class_getitem__),
# types.new_class / prepare_class / resolve_bases, types.MethodType.
import collections, types, asyncio, queue
from collections import deque, OrderedDict, defaultdict, Counter
for a in (deque[int], OrderedDict[str, int], defaultdict[str, list], Counter[str], type[int], asyncio.Future[int], asyncio.Queue[int], queue.Queue[int], collections.ChainMap[str, int]):
    print(a, a.__origin__, a.__args__)
print(deque[int]([1, 2]), type[int] == type[int], list[deque[int]])
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__} of {item!r}"
class SubBox(Box): pass
print(Box[int], SubBox["x"])
def f(self, x): return self.v + x
class C: v = 1
c = C()
m = types.MethodType(f, c)
print(m(2), m.__self__ is c, m.__func__ is f)
N = types.new_class("N", (C,), {}, lambda ns: ns.update(w=5))
print(N, N.w, N.v, N.__mro__)
print(types.prepare_class("P", (C,)))
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {"prepared": True}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
K = types.new_class("K", (), {"metaclass": Meta, "flag": 1})
print(type(K).__name__, K.prepared, K.kw)
print(types.resolve_bases((C, int)), types.new_class("L", (list[int],)).__orig_bases__)

# expect: collections.deque[int] <class 'collections.deque'> (<class 'int'>,)
# expect: collections.OrderedDict[str, int] <class 'collections.OrderedDict'> (<class 'str'>, <class 'int'>)
# expect: collections.defaultdict[str, list] <class 'collections.defaultdict'> (<class 'str'>, <class 'list'>)
# expect: collections.Counter[str] <class 'collections.Counter'> (<class 'str'>,)
# expect: type[int] <class 'type'> (<class 'int'>,)
# expect: _asyncio.Future[int] <class '_asyncio.Future'> (<class 'int'>,)
# expect: asyncio.queues.Queue[int] <class 'asyncio.queues.Queue'> (<class 'int'>,)
# expect: queue.Queue[int] <class 'queue.Queue'> (<class 'int'>,)
# expect: collections.ChainMap[str, int] <class 'collections.ChainMap'> (<class 'str'>, <class 'int'>)
# expect: deque([1, 2]) True list[collections.deque[int]]
# expect: Box of <class 'int'> SubBox of 'x'
# expect: 3 True True
# expect: <class 'types.N'> 5 1 (<class 'types.N'>, <class '__main__.C'>, <class 'object'>)
# expect: (<class 'type'>, {}, {})
# expect: Meta True {'flag': 1}
# expect: (<class '__main__.C'>, <class 'int'>) (list[int],)
