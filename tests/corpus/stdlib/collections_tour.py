"""collections: namedtuple, deque rotation and maxlen, OrderedDict LRU, ChainMap scopes, defaultdict trees."""
from collections import namedtuple, deque, OrderedDict, ChainMap, defaultdict, Counter

Point = namedtuple("Point", "x y")
Employee = namedtuple("Employee", ["name", "dept", "salary"], defaults=[50000])
p = Point(3, 4)
print(p, p.x + p.y, p._replace(x=10), p._asdict(), Point._make([1, 2]), p == (3, 4))
staff = [Employee("ann", "eng", 120000), Employee("bob", "ops"), Employee("cy", "eng", 95000)]
print(max(staff, key=lambda e: e.salary).name, staff[1], Employee._field_defaults)
x, y = p
print(x, y, len(p), p[1], Point._fields)

d = deque([1, 2, 3, 4, 5])
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d.popleft(), d.pop(), d)
d.appendleft(0)
d.extend([7, 8])
d.extendleft("ab")
print(d, d.count(7), d.index(7), d[0], d[-1])
last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
print(last3, last3.maxlen)


class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def get(self, key):
        if key not in self:
            return None
        self.move_to_end(key)
        return self[key]

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.capacity:
            self.popitem(last=False)


cache = LRU(2)
cache.put("a", 1)
cache.put("b", 2)
cache.get("a")
cache.put("c", 3)
print(list(cache.items()), cache.get("b"))
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print("".join(od), od.popitem(), od.popitem(last=False))

defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cli = {"debug": True}
settings = ChainMap(cli, env, defaults)
print(settings["user"], settings["color"], settings.get("debug"), len(settings), sorted(settings))
child = settings.new_child({"color": "blue"})
print(child["color"], settings["color"], child.maps[0], child.parents["color"])


def tree():
    return defaultdict(tree)


t = tree()
t["animals"]["mammals"]["cat"] = 1
t["animals"]["birds"]["owl"] = 2
t["plants"]["trees"]["oak"] = 3


def to_dict(node):
    return {k: to_dict(v) if isinstance(v, defaultdict) else v for k, v in node.items()}


print(to_dict(t))
groups = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    groups[word[0]].append(word)
print(dict(groups), groups.default_factory.__name__)
print(Counter("hello world").most_common(3), Counter(a=3, b=1).elements().__class__.__name__)
print(sorted(Counter(a=3, b=1).elements()))
