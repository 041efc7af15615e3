# Generator recipes a script collection keeps: sliding windows, chunking, unique
# everseen, round-robin, interleaving with sentinels, running averages and a lazy prime sieve.
import itertools
from collections import deque


def window(it, n):
    d = deque(maxlen=n)
    for x in it:
        d.append(x)
        if len(d) == n:
            yield tuple(d)


def chunked(it, n):
    it = iter(it)
    while chunk := list(itertools.islice(it, n)):
        yield chunk


def unique_everseen(it, key=None):
    seen = set()
    for x in it:
        k = key(x) if key else x
        if k not in seen:
            seen.add(k)
            yield x


def roundrobin(*its):
    nexts = deque(iter(i).__next__ for i in its)
    while nexts:
        try:
            yield nexts[0]()
            nexts.rotate(-1)
        except StopIteration:
            nexts.popleft()


def running_mean():
    total = n = 0
    value = yield
    while True:
        total += value
        n += 1
        value = yield total / n


def primes():
    composites = {}
    for n in itertools.count(2):
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)


print(list(window(range(6), 3)), list(chunked("abcdefg", 3)), list(unique_everseen("AAAaBBcCD", key=str.lower)))
print(list(roundrobin("ABC", "D", "EF")), list(itertools.islice(primes(), 15)))
rm = running_mean()
next(rm)
print([round(rm.send(v), 3) for v in [10, 20, 0, 5]])
fib = (lambda: (yield from itertools.accumulate(itertools.repeat(None), lambda ab, _: (ab[1], ab[0] + ab[1]), initial=(0, 1))))()
print([a for a, _ in itertools.islice(fib, 12)])
gen = (x for x in range(3))
print(list(zip(gen, gen)), list(itertools.chain(*[[1], [2, 3]])))


def tree_walk(node, depth=0):
    name, children = node
    yield depth, name
    for child in children:
        yield from tree_walk(child, depth + 1)


tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b1x", [])])])])
for depth, name in tree_walk(tree):
    print("  " * depth + name)
