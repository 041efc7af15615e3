"""Combinatorics for a packing problem: combinations, product, permutations with filtering and groupby."""
from itertools import combinations, product, permutations, groupby, chain
from operator import itemgetter

ITEMS = [("tent", 4.2, 90), ("stove", 1.1, 40), ("food", 3.0, 100), ("camera", 0.9, 35),
         ("book", 0.6, 10), ("water", 2.0, 95), ("chair", 1.8, 20)]
LIMIT = 7.5

best = max((c for r in range(len(ITEMS) + 1) for c in combinations(ITEMS, r)
            if sum(i[1] for i in c) <= LIMIT), key=lambda c: (sum(i[2] for i in c), -sum(i[1] for i in c)))
print([i[0] for i in best], round(sum(i[1] for i in best), 2), sum(i[2] for i in best))
feasible = sum(1 for r in range(len(ITEMS) + 1) for c in combinations(ITEMS, r) if sum(i[1] for i in c) <= LIMIT)
print("feasible subsets:", feasible, "of", 2 ** len(ITEMS))
sizes, colors = ["S", "M", "L"], ["red", "blue"]
print([f"{s}-{c}" for s, c in product(sizes, colors)])
dice = [a + b for a, b in product(range(1, 7), repeat=2)]
print({total: dice.count(total) for total in range(2, 13)})
routes = min(permutations("BCDE"), key=lambda p: sum(abs(ord(a) - ord(b)) for a, b in zip("A" + "".join(p), "".join(p) + "A")))
print("".join(routes))
records = sorted([("fruit", "apple"), ("veg", "leek"), ("fruit", "fig"), ("veg", "kale"), ("nut", "pecan")])
for kind, group in groupby(records, key=itemgetter(0)):
    print(kind, [name for _, name in group])
print(list(chain.from_iterable(["ab", "cd"])), list(chain([1], (2,), {3: 0})))
