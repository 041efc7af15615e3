# datetime.time: construction, str/repr, isoformat, strftime, comparison,
# datetime.time() and datetime.combine().
from datetime import datetime, date, time


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


t = time(14, 7, 9, 120)
print(t, repr(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo)
print(time(), repr(time()), repr(time(1, 2)), repr(time(1, 2, 3)), time(23, 59, 59, 999999))
print(t.isoformat(), t.isoformat(timespec="minutes"), t.isoformat("milliseconds"))
print(t.strftime("%H:%M:%S.%f %p %I"), f"{t:%H.%M}", format(t, ""))
print(t < time(15), t == time(14, 7, 9, 120), sorted([time(3), time(1), time(2)]))
print(t.replace(hour=1), time.min, time.max, time.resolution)
d = datetime(2024, 3, 5, 14, 7, 9, 120)
print(d.time(), d.time() == t, datetime.combine(date(2020, 1, 2), t))
print({time(1): "one"}[time(1)])
attempt(time, 24)
attempt(time, 1, 60)
attempt(lambda: time(1) + time(2))
attempt(datetime.combine, date(2020, 1, 1), 5)

# expect: 14:07:09.000120 datetime.time(14, 7, 9, 120) 14 7 9 120 None
# expect: 00:00:00 datetime.time(0, 0) datetime.time(1, 2) datetime.time(1, 2, 3) 23:59:59.999999
# expect: 14:07:09.000120 14:07 14:07:09.000
# expect: 14:07:09.000120 PM 02 14.07 14:07:09.000120
# expect: True True [datetime.time(1, 0), datetime.time(2, 0), datetime.time(3, 0)]
# expect: 01:07:09.000120 00:00:00 23:59:59.999999 0:00:00.000001
# expect: 14:07:09.000120 True 2020-01-02 14:07:09.000120
# expect: one
# expect: ValueError: hour must be in 0..23
# expect: ValueError: minute must be in 0..59
# expect: TypeError: unsupported operand type(s) for +: 'datetime.time' and 'datetime.time'
# expect: TypeError: combine() argument 2 must be datetime.time, not int
