"""Lazy infinite sequences: primes, Fibonacci, Hamming numbers, with islice/takewhile/tee."""
from itertools import islice, takewhile, count, tee, dropwhile, accumulate
import heapq


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def primes():
    composites = {}
    for n in count(2):
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)


def hamming():
    seen, heap = {1}, [1]
    while True:
        n = heapq.heappop(heap)
        yield n
        for k in (2, 3, 5):
            if n * k not in seen:
                seen.add(n * k)
                heapq.heappush(heap, n * k)


def pairwise_diffs(it):
    a, b = tee(it)
    next(b, None)
    return (y - x for x, y in zip(a, b))


def triangular():
    return accumulate(count(1))


print(list(islice(fib(), 15)))
print(list(takewhile(lambda x: x < 100, primes())))
print(list(islice(hamming(), 20)))
print(next(islice(primes(), 999, None)))
print(list(islice(pairwise_diffs(primes()), 20)))
print(list(islice(dropwhile(lambda t: t < 50, triangular()), 5)))
evens = (n for n in count() if n % 2 == 0)
squares = (n * n for n in evens)
print([next(squares) for _ in range(6)])
print(sum(takewhile(lambda f: f < 4_000_000, filter(lambda f: f % 2 == 0, fib()))))
