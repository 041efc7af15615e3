# graphlib.TopologicalSorter: static_order, batches with get_ready/done, CycleError with the first cycle, CPython's messages.
from graphlib import TopologicalSorter, CycleError

deps = {"app": {"lib", "log"}, "lib": ["core"], "log": ["core"], "tests": ["app", "lib"], "core": []}
deps = {k: sorted(v) for k, v in deps.items()}
print(list(TopologicalSorter(deps).static_order()))
ts = TopologicalSorter()
ts.add("d", "b", "c")
ts.add("b", "a")
ts.add("c", "a")
ts.add("e")
ts.prepare()
rounds = []
while ts:
    ready = ts.get_ready()
    rounds.append(ready)
    ts.done(*ready)
print(rounds, ts.is_active())
for graph in [{1: [2], 2: [3], 3: [1]}, {"a": ["b"], "b": ["c", "d"], "d": ["b"]}, {"x": ["x"]}]:
    try:
        list(TopologicalSorter(graph).static_order())
    except CycleError as e:
        print("CycleError:", e.args[0], e.args[1], isinstance(e, ValueError))
t = TopologicalSorter({"b": ["a"]})
for bad in [lambda: t.get_ready(), lambda: t.done("a")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
t.prepare()
for bad in [lambda: t.prepare(), lambda: t.add("c"), lambda: t.done("b"), lambda: t.done("zz")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(t.get_ready(), t.done("a"), t.get_ready())
try:
    t.done("a")
except ValueError as e:
    print("ValueError:", e)
print(TopologicalSorter[str])
print(list(__import__("graphlib").TopologicalSorter({-2: [-1], -1: []}).static_order()))

# expect: ['core', 'lib', 'log', 'app', 'tests']
# expect: [('a', 'e'), ('b', 'c'), ('d',)] False
# expect: CycleError: nodes are in a cycle [1, 3, 2, 1] True
# expect: CycleError: nodes are in a cycle ['b', 'd', 'b'] True
# expect: CycleError: nodes are in a cycle ['x', 'x'] True
# expect: ValueError: prepare() must be called first
# expect: ValueError: prepare() must be called first
# expect: ValueError: cannot prepare() more than once
# expect: ValueError: Nodes cannot be added after a call to prepare()
# expect: ValueError: node 'b' was not passed out (still not ready)
# expect: ValueError: node 'zz' was not added using add()
# expect: ('a',) None ('b',)
# expect: ValueError: node 'a' was already marked done
# expect: graphlib.TopologicalSorter[str]
# expect: [-1, -2]
