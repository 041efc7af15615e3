# bisect_left / bisect_right (bisect) find insertion points, within lo:hi.
import bisect

scores = [10, 20, 20, 20, 30, 40]
print(bisect.bisect_left(scores, 20), bisect.bisect_right(scores, 20), bisect.bisect(scores, 20))
print(bisect.bisect_left(scores, 5), bisect.bisect_right(scores, 99))
print(bisect.bisect_left(scores, 20, 2), bisect.bisect_right(scores, 20, 0, 2))
print(bisect.bisect_right(scores, 20, hi=-1), bisect.bisect_left(scores, 20, hi=-5))
print(bisect.bisect_left([], 1), bisect.bisect_right('acegi', 'd'))


def grade(score, breakpoints=(60, 70, 80, 90), grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
print(bisect.bisect.__name__, bisect.insort.__name__)

# expect: 1 4 4
# expect: 0 6
# expect: 2 2
# expect: 4 0
# expect: 0 2
# expect: ['F', 'A', 'C', 'C', 'B', 'A', 'A']
# expect: bisect_right insort_right
