# collections as a toolkit: Counter arithmetic and most_common, defaultdict
# factories, OrderedDict moves, deque rotation and maxlen, ChainMap scoping, namedtuple API.
from collections import Counter, defaultdict, OrderedDict, deque, ChainMap, namedtuple

words = "the cat and the hat and the bat sat".split()
c = Counter(words)
print(c.most_common(2), c["dog"], c.total(), sorted(c.elements())[:4])
d = Counter(a=3, b=1) - Counter(a=1, b=2)
print(d, Counter(a=3) + Counter(a=1, b=1), Counter(a=3) & Counter(a=1, b=1), Counter(a=3) | Counter(a=1, b=5))
c.subtract(["the", "the", "zzz"])
print(c["the"], c["zzz"], +c == Counter({k: v for k, v in c.items() if v > 0}), -Counter(x=-2))
print(Counter("abracadabra").most_common(), repr(Counter()), Counter({"z": 0}) == Counter())
graph = defaultdict(list)
for a, b in [("a", "b"), ("a", "c"), ("b", "c")]:
    graph[a].append(b)
print(dict(graph), graph["zz"], "zz" in graph, defaultdict(int, x=1), repr(defaultdict(set)))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("d", last=False)
print(list(od), od.popitem(), od.popitem(last=False), od == OrderedDict.fromkeys("ace"), od == dict.fromkeys("cae"))
print(repr(OrderedDict(a=1)), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1))
dq = deque(range(5), maxlen=5)
dq.rotate(2)
print(dq, dq.maxlen)
dq.append(9)
dq.appendleft(-1)
dq.extend([7, 8])
print(dq, dq.count(7), dq.index(8), dq[0], dq[-1])
dq.rotate(-1)
print(dq.popleft(), dq.pop(), list(reversed(dq)), len(dq))
history = deque(maxlen=3)
for line in "one two three four five".split():
    history.append(line)
print(list(history), deque("ab") + deque("cd"), deque([1, 2]) * 2)
defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm["color"], cm["user"], len(cm), sorted(cm))
cm["color"] = "blue"
child = cm.new_child({"user": "child"})
print(cli, child["user"], child.parents["user"], child.maps[0], cm.maps[-1] is defaults)
Pt = namedtuple("Pt", "x y z", defaults=[0])
p = Pt(1, 2)
print(p, p._asdict(), p._replace(z=5), Pt._fields, Pt._field_defaults, Pt._make([7, 8, 9]), p.x + p[1])
try:
    namedtuple("Bad", "x class")
except ValueError as e:
    print("ValueError:", e)
print(namedtuple("R", "a b", rename=True)._fields, namedtuple("R2", ["x", "_y", "x"], rename=True)._fields)
