"""Towers of Hanoi, hand-written permutations/combinations/power set, next permutation."""
import itertools


def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((n, src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


def permutations(seq):
    if len(seq) <= 1:
        yield list(seq)
        return
    for i, x in enumerate(seq):
        for rest in permutations(seq[:i] + seq[i + 1:]):
            yield [x] + rest


def combinations(seq, k):
    if k == 0:
        yield []
        return
    for i in range(len(seq) - k + 1):
        for rest in combinations(seq[i + 1:], k - 1):
            yield [seq[i]] + rest


def power_set(seq):
    return [[x for j, x in enumerate(seq) if mask >> j & 1] for mask in range(1 << len(seq))]


def next_permutation(a):
    a = list(a)
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return None
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = reversed(a[i + 1:])
    return a


moves = hanoi(3)
for n, s, d in moves:
    print(f"move disk {n} from {s} to {d}")
print(len(hanoi(10)), 2**10 - 1)
mine = list(permutations([1, 2, 3, 4]))
print(len(mine), mine[:4], mine == [list(p) for p in itertools.permutations([1, 2, 3, 4])])
print(list(combinations("abcde", 3)) == [list(c) for c in itertools.combinations("abcde", 3)])
print(power_set("abc"))
p = [1, 2, 3]
seen = []
while p:
    seen.append("".join(map(str, p)))
    p = next_permutation(p)
print(seen)
print(next_permutation([1, 1, 5]), next_permutation([3, 2, 1]))
