# timedelta normalises its arguments (floats rounded half to even) and prints
# like CPython: "-1 day, 23:59:59", repr with only the non-zero fields.
from datetime import timedelta

for td in [timedelta(), timedelta(1), timedelta(-1), timedelta(days=2, seconds=5),
           timedelta(microseconds=-1), timedelta(hours=25, minutes=61, milliseconds=1500),
           timedelta(weeks=1.5), timedelta(seconds=0.5e-6), timedelta(seconds=1.5e-6),
           timedelta(minutes=0.1), timedelta(days=1, seconds=-1), timedelta(days=-1, seconds=1),
           timedelta(0.5), timedelta(days=1 / 3), timedelta(microseconds=2.5),
           timedelta(microseconds=3.5), timedelta(seconds=1 / 3, microseconds=0.5),
           timedelta(days=3, hours=-80), timedelta(seconds=10**6)]:
    print(str(td), repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta.max, timedelta.min, timedelta.resolution)
print(repr(timedelta.max), repr(timedelta.min))

# expect: 0:00:00 datetime.timedelta(0) 0 0 0 0.0
# expect: 1 day, 0:00:00 datetime.timedelta(days=1) 1 0 0 86400.0
# expect: -1 day, 0:00:00 datetime.timedelta(days=-1) -1 0 0 -86400.0
# expect: 2 days, 0:00:05 datetime.timedelta(days=2, seconds=5) 2 5 0 172805.0
# expect: -1 day, 23:59:59.999999 datetime.timedelta(days=-1, seconds=86399, microseconds=999999) -1 86399 999999 -1e-06
# expect: 1 day, 2:01:01.500000 datetime.timedelta(days=1, seconds=7261, microseconds=500000) 1 7261 500000 93661.5
# expect: 10 days, 12:00:00 datetime.timedelta(days=10, seconds=43200) 10 43200 0 907200.0
# expect: 0:00:00 datetime.timedelta(0) 0 0 0 0.0
# expect: 0:00:00.000002 datetime.timedelta(microseconds=2) 0 0 2 2e-06
# expect: 0:00:06 datetime.timedelta(seconds=6) 0 6 0 6.0
# expect: 23:59:59 datetime.timedelta(seconds=86399) 0 86399 0 86399.0
# expect: -1 day, 0:00:01 datetime.timedelta(days=-1, seconds=1) -1 1 0 -86399.0
# expect: 12:00:00 datetime.timedelta(seconds=43200) 0 43200 0 43200.0
# expect: 8:00:00 datetime.timedelta(seconds=28800) 0 28800 0 28800.0
# expect: 0:00:00.000002 datetime.timedelta(microseconds=2) 0 0 2 2e-06
# expect: 0:00:00.000004 datetime.timedelta(microseconds=4) 0 0 4 4e-06
# expect: 0:00:00.333334 datetime.timedelta(microseconds=333334) 0 0 333334 0.333334
# expect: -1 day, 16:00:00 datetime.timedelta(days=-1, seconds=57600) -1 57600 0 -28800.0
# expect: 11 days, 13:46:40 datetime.timedelta(days=11, seconds=49600) 11 49600 0 1000000.0
# expect: 999999999 days, 23:59:59.999999 -999999999 days, 0:00:00 0:00:00.000001
# expect: datetime.timedelta(days=999999999, seconds=86399, microseconds=999999) datetime.timedelta(days=-999999999)
