# Project-Euler-flavoured number crunching with statistics on the results:
# Collatz lengths, digit sums, perfect numbers, and a histogram.
import statistics
from collections import Counter


def collatz_len(n, cache={1: 1}):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = cache[n]
    for m in reversed(path):
        length += 1
        cache[m] = length
    return cache[path[0]] if path else length


lengths = [collatz_len(n) for n in range(1, 3001)]
best = max(range(1, 3001), key=lambda n: lengths[n - 1])
print("longest start below 3001:", best, lengths[best - 1])
print("mean", round(statistics.mean(lengths), 4), "median", statistics.median(lengths),
      "mode", statistics.mode(lengths), "pstdev", round(statistics.pstdev(lengths), 4))
print("quantiles", statistics.quantiles(lengths, n=4), "harmonic", round(statistics.harmonic_mean(lengths[:50]), 6))
digit_sums = Counter(sum(map(int, str(2 ** k))) % 10 for k in range(300))
for digit, count in sorted(digit_sums.items()):
    print(f"{digit}: {'*' * (count // 2)} {count}")
perfect = [n for n in range(2, 10000) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n]
print("perfect:", perfect)
print("fmean", statistics.fmean([1, 2, 3, 4.5]), "median_low", statistics.median_low([1, 3, 5, 7]),
      "median_high", statistics.median_high([1, 3, 5, 7]), "variance", statistics.variance([2, 4, 4, 4, 5, 5, 7, 9]))
print("geometric", round(statistics.geometric_mean([1, 3, 9]), 9), "multimode", statistics.multimode("aabbbcccc"))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
