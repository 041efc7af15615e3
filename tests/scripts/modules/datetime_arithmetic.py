# datetime and date arithmetic with timedelta, subtraction, comparison, sorting.
from datetime import datetime, date, timedelta

d = datetime(2024, 3, 5, 14, 7, 9, 120)
print(d + timedelta(days=1, hours=12))
print(d - timedelta(weeks=3))
print(timedelta(1) + d)
print(d + timedelta(microseconds=999880))
print(datetime(2024, 2, 28, 23) + timedelta(hours=2))
print(datetime(2023, 2, 28, 23) + timedelta(hours=2))
print(datetime(2024, 12, 31, 23, 59, 59) + timedelta(seconds=1))
print(d - datetime(2020, 1, 1))
print(datetime(2020, 1, 1) - d)
print((d - datetime(2024, 3, 5)).total_seconds())
print(d > datetime(2020, 1, 1), d == datetime(2024, 3, 5, 14, 7, 9, 120), d != d)
print(sorted([d, datetime(2000, 1, 1), datetime(2024, 3, 5)]))
print(max(d, datetime(2030, 1, 1)), min(date(2020, 1, 2), date(2020, 1, 1)))
print(date(2024, 2, 29) + timedelta(days=365), date(2024, 1, 1) - date(2023, 1, 1))
print(date(2024, 3, 1) - timedelta(days=1), date(2024, 3, 1) - timedelta(hours=36))
print(date(2020, 1, 1) == date(2020, 1, 1), date(2020, 1, 1) < date(2020, 1, 2))
print(datetime(2020, 1, 1) == date(2020, 1, 1), datetime(2020, 1, 1) != date(2020, 1, 1))
x = datetime(2024, 1, 1)
x += timedelta(minutes=90)
print(x)

# expect: 2024-03-07 02:07:09.000120
# expect: 2024-02-13 14:07:09.000120
# expect: 2024-03-06 14:07:09.000120
# expect: 2024-03-05 14:07:10
# expect: 2024-02-29 01:00:00
# expect: 2023-03-01 01:00:00
# expect: 2025-01-01 00:00:00
# expect: 1525 days, 14:07:09.000120
# expect: -1526 days, 9:52:50.999880
# expect: 50829.00012
# expect: True True False
# expect: [datetime.datetime(2000, 1, 1, 0, 0), datetime.datetime(2024, 3, 5, 0, 0), datetime.datetime(2024, 3, 5, 14, 7, 9, 120)]
# expect: 2030-01-01 00:00:00 2020-01-01
# expect: 2025-02-28 365 days, 0:00:00
# expect: 2024-02-29 2024-02-29
# expect: True True
# expect: False True
# expect: 2024-01-01 01:30:00
