"""Binary search variants: exact match, leftmost, rightmost, and on a predicate."""
import bisect


def search(seq, target):
    lo, hi = 0, len(seq) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if seq[mid] == target:
            return mid
        if seq[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


def leftmost(seq, target):
    lo, hi = 0, len(seq)
    while lo < hi:
        mid = (lo + hi) // 2
        if seq[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


def rightmost(seq, target):
    lo, hi = 0, len(seq)
    while lo < hi:
        mid = (lo + hi) // 2
        if seq[mid] <= target:
            lo = mid + 1
        else:
            hi = mid
    return lo


def first_true(lo, hi, pred):
    """Smallest x in [lo, hi) with pred(x) true (pred is monotone)."""
    while lo < hi:
        mid = (lo + hi) // 2
        if pred(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo


def isqrt(n):
    return first_true(0, n + 2, lambda x: x * x > n) - 1


data = [1, 3, 3, 3, 5, 8, 13, 21, 21, 34]
for t in [0, 1, 3, 4, 21, 34, 35]:
    print(t, search(data, t), leftmost(data, t), rightmost(data, t),
          bisect.bisect_left(data, t), bisect.bisect_right(data, t))

for n in [0, 1, 15, 16, 17, 10**12, 2**61 - 1]:
    print(f"isqrt({n}) = {isqrt(n)}")

grades = "FDCBA"
breakpoints = [60, 70, 80, 90]
scores = [33, 99, 77, 70, 89, 90, 100]
print([grades[bisect.bisect(breakpoints, s)] for s in scores])

sorted_list = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(sorted_list, x)
print(sorted_list)
