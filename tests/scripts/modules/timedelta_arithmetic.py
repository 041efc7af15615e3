# timedelta arithmetic: +, -, * and / by numbers (rounded half to even),
# division and modulo by timedelta, comparisons, hashing, truth.
from datetime import timedelta

a = timedelta(hours=5, seconds=7)
print(a * 2, 2 * a, a * 1.5, a / 2, a / 3, a // 7)
print(a / timedelta(hours=1), a // timedelta(hours=1), a % timedelta(hours=1))
print(divmod(a, timedelta(hours=2)))
print(-a, +a, abs(-a), a * 0.1, a / 0.7, a * -1)
print(a + timedelta(minutes=1), a - timedelta(days=1))
print(timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2, timedelta(microseconds=-5) // 2)
print(a == timedelta(seconds=5 * 3600 + 7), a < timedelta(1), a >= a, a != a)
print(bool(timedelta()), bool(a), hash(a) == hash(timedelta(seconds=18007)))
print(sum([timedelta(hours=1), timedelta(minutes=30)], timedelta()))
print(sorted([timedelta(1), timedelta(-1), timedelta(0)]))
print(timedelta(1) == 1, timedelta(0) == 0)

# expect: 10:00:14 10:00:14 7:30:10.500000 2:30:03.500000 1:40:02.333333 0:42:52.428571
# expect: 5.001944444444445 5 0:00:07
# expect: (2, datetime.timedelta(seconds=3607))
# expect: -1 day, 18:59:53 5:00:07 5:00:07 0:30:00.700000 7:08:44.285714 -1 day, 18:59:53
# expect: 5:01:07 -1 day, 5:00:07
# expect: 0:00:00.000002 0:00:00.000004 -1 day, 23:59:59.999997
# expect: True True True False
# expect: False True True
# expect: 1:30:00
# expect: [datetime.timedelta(days=-1), datetime.timedelta(0), datetime.timedelta(days=1)]
# expect: False False
