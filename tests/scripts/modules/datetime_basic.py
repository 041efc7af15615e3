# datetime.datetime: construction, fields, str/repr (microseconds only when
# non-zero), isoformat, replace, date(), weekday.
from datetime import datetime, date

d = datetime(2024, 3, 5, 14, 7, 9, 120)
print(d)
print(repr(d))
print(d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond, d.tzinfo)
print(datetime(2024, 3, 5), repr(datetime(2024, 3, 5)))
print(repr(datetime(2024, 3, 5, 1, 2, 3)), repr(datetime(1, 1, 1, 0, 0, 0, 5)))
print(datetime(2024, 12, 31, 23, 59, 59, 999999))
print(d.isoformat(), d.isoformat(" "), d.isoformat(timespec="minutes"))
print(d.isoformat(timespec="hours"), d.isoformat(timespec="seconds"), d.isoformat(timespec="milliseconds"))
print(datetime(2024, 1, 1, 10).isoformat(), datetime(2024, 1, 1, 10).isoformat(timespec="microseconds"))
print(d.date(), repr(d.date()), d.weekday(), d.isoweekday(), d.toordinal(), d.ctime())
print(d.replace(year=2000, microsecond=0), d.replace(day=31, hour=0))
print(datetime.fromordinal(738000), datetime.fromisoformat("2021-05-06T07:08:09.123"))
print(datetime.fromisoformat("2021-05-06"), datetime.fromisoformat("2021-05-06 07:08"))
print(datetime.utcfromtimestamp(0), datetime.utcfromtimestamp(1234567890.5))
print(datetime.utcfromtimestamp(1.0000005), datetime.utcfromtimestamp(1.0000015))
print(datetime.min, datetime.max, datetime.resolution)
print(type(d).__name__, isinstance(d, date), issubclass(datetime, date))
print(datetime(2020, 2, 29) == datetime(2020, 2, 29, 0, 0, 0, 0), {datetime(2020, 1, 1): "x"}[datetime(2020, 1, 1)])

# expect: 2024-03-05 14:07:09.000120
# expect: datetime.datetime(2024, 3, 5, 14, 7, 9, 120)
# expect: 2024 3 5 14 7 9 120 None
# expect: 2024-03-05 00:00:00 datetime.datetime(2024, 3, 5, 0, 0)
# expect: datetime.datetime(2024, 3, 5, 1, 2, 3) datetime.datetime(1, 1, 1, 0, 0, 0, 5)
# expect: 2024-12-31 23:59:59.999999
# expect: 2024-03-05T14:07:09.000120 2024-03-05 14:07:09.000120 2024-03-05T14:07
# expect: 2024-03-05T14 2024-03-05T14:07:09 2024-03-05T14:07:09.000
# expect: 2024-01-01T10:00:00 2024-01-01T10:00:00.000000
# expect: 2024-03-05 datetime.date(2024, 3, 5) 1 2 738950 Tue Mar  5 14:07:09 2024
# expect: 2000-03-05 14:07:09 2024-03-31 00:07:09.000120
# expect: 2021-07-29 00:00:00 2021-05-06 07:08:09.123000
# expect: 2021-05-06 00:00:00 2021-05-06 07:08:00
# expect: 1970-01-01 00:00:00 2009-02-13 23:31:30.500000
# expect: 1970-01-01 00:00:01.000001 1970-01-01 00:00:01.000001
# expect: 0001-01-01 00:00:00 9999-12-31 23:59:59.999999 0:00:00.000001
# expect: datetime True True
# expect: True x
