# Subclasses of date/datetime/time: results of arithmetic and alternate constructors are the subclass (its __new__ runs), replace() keeps it, instance attributes
# date/datetime/time subclasses: which operations keep the subclass, and its __new__/__init__.
from datetime import datetime, date, time, timedelta, timezone

class Stamp(datetime):
    made = 0
    def __new__(cls, *args, **kwargs):
        Stamp.made += 1
        return super().__new__(cls, *args, **kwargs)
    def label(self):
        return self.strftime("%Y%m%d-%H%M")

s = Stamp(2020, 1, 2, 3, 4, tzinfo=timezone.utc)
print(type(s).__name__, s.label(), Stamp.made)
for v in [s + timedelta(hours=1), timedelta(days=1) + s, s - timedelta(minutes=5), s.replace(minute=0),
          s.astimezone(timezone(timedelta(hours=2))), Stamp.fromtimestamp(0, timezone.utc),
          Stamp.fromisoformat("2021-01-01T00:00:00+01:00"), Stamp.combine(date(2020, 1, 1), time(1)),
          Stamp.fromordinal(5), Stamp.strptime("2020", "%Y"), Stamp.now(timezone.utc).replace(year=2000, month=1, day=1, hour=0, minute=0, second=0, microsecond=0)]:
    print(type(v).__name__, v)
print(Stamp.made, type(s - s).__name__)

class Day(date):
    def __init__(self, *args):
        self.note = "init"
print(type(Day(2020, 1, 1) + timedelta(1)).__name__, (Day(2020, 1, 1) + timedelta(1)).note)
print(type(Day.fromordinal(1000)).__name__, type(Day.fromisoformat("2020-02-02")).__name__, type(Day.today()).__name__)
print(type(Day(2020, 5, 5).replace(day=1)).__name__)

class T(time):
    pass
t = T(1, 2, tzinfo=timezone.utc)
print(type(t).__name__, t, type(t.replace(hour=5)).__name__, type(T.fromisoformat("10:11")).__name__)

# expect: Stamp 20200102-0304 1
# expect: Stamp 2020-01-02 04:04:00+00:00
# expect: Stamp 2020-01-03 03:04:00+00:00
# expect: Stamp 2020-01-02 02:59:00+00:00
# expect: Stamp 2020-01-02 03:00:00+00:00
# expect: Stamp 2020-01-02 05:04:00+02:00
# expect: Stamp 1970-01-01 00:00:00+00:00
# expect: Stamp 2021-01-01 00:00:00+01:00
# expect: Stamp 2020-01-01 01:00:00
# expect: Stamp 0001-01-05 00:00:00
# expect: Stamp 2020-01-01 00:00:00
# expect: Stamp 2000-01-01 00:00:00+00:00
# expect: 14 timedelta
# expect: Day init
# expect: Day Day Day
# expect: Day
# expect: T 01:02:00+00:00 T T
