# itertools counting: permutations, combinations and product, as Project
# Euler-style scripts use them (tuple creation per item dominates).
from itertools import combinations, permutations, product

n = 0
for p in permutations(range(9)):
    if p[0] < p[-1]:
        n += 1
c = sum(1 for _ in combinations(range(26), 6))
w = sum(1 for t in product(range(6), repeat=7) if t[0] == t[6])
print(n, c, w)
