# Set algebra for a course-enrolment exercise: union, intersection, difference,
# symmetric difference, subset tests, frozensets as keys, and in-place updates.
math_ = {"ann", "bob", "cy", "dee"}
phys = {"bob", "dee", "eve"}
chem = frozenset({"cy", "eve", "fay"})
print(sorted(math_ | phys), sorted(math_ & phys), sorted(math_ - phys), sorted(math_ ^ phys))
print(sorted(math_.union(phys, chem)), sorted(math_.intersection(phys, ["bob"])), sorted(phys.difference(chem)))
print({"bob"} <= phys, {"bob"} < phys, phys <= phys, phys < phys, phys.isdisjoint(chem), math_.issuperset(["ann"]))
print(type(chem | phys).__name__, type(phys | chem).__name__, frozenset("ab") == {"a", "b"}, hash(frozenset()) == hash(frozenset([])))
pairs = {frozenset(p): i for i, p in enumerate([("a", "b"), ("b", "a"), ("c", "d")])}
print(len(pairs), pairs[frozenset("ab")])
s = set(range(10))
s -= {0, 1}
s &= set(range(5, 20))
s |= {100}
s ^= {5, 200}
print(sorted(s))
s.discard(999)
s.add(7)
s.update([1], (2,), {3})
s.difference_update({1})
s.intersection_update(range(0, 150))
s.symmetric_difference_update({2, 4})
print(sorted(s), len(s), min(s), max(s), sum(s))
try:
    s.remove(999)
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
print(set(), frozenset(), {1, 2} == frozenset({1, 2}), set("mississippi") == set("misp"), sorted({1, 1.0, True}))
print({x % 7 for x in range(50)}, {c for c in "hello" if c != "l"} == {"h", "e", "o"})
print(repr({3, 1, 2}), repr(frozenset({2})), sorted(frozenset({1, 2, 3}) - {2}))
words = ["stop", "pots", "tops", "opts", "post", "spot", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    groups.setdefault(frozenset(w) if len(set(w)) == len(w) else w, []).append(w)
print(sorted(sorted(g) for g in groups.values()))
