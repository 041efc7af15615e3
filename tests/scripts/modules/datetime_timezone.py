# datetime.timezone, tzinfo subclasses and aware datetimes/times: repr, str, isoformat, arithmetic, comparisons, errors
from datetime import *
print(timezone(timedelta(0)) is timezone.utc, repr(timezone(timedelta(0))), repr(timezone(timedelta(0), "UTC")))
print(repr(timezone(timedelta(hours=-5), "EST")), str(timezone(timedelta(hours=-5, minutes=-30))), timezone(timedelta(seconds=61)))
print(timezone.min, timezone.max, repr(timezone.min))
for bad in [lambda: timezone(5), lambda: timezone(timedelta(1)), lambda: timezone(timedelta(0), 5), lambda: tzinfo().utcoffset(None), lambda: timezone.utc.tzname(5), lambda: type("X",(timezone,),{})]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(hash(timezone.utc) == hash(timedelta(0)), timezone.utc == timezone(timedelta(0), "x"), timezone.utc == 5)
d = datetime(2020, 5, 17, 12, 30, 15, 250, tzinfo=timezone(timedelta(hours=5, minutes=30)))
print(d, repr(d), d.isoformat(), d.utcoffset(), d.tzname(), d.dst())
print(d.strftime("%z %Z %H"), d.astimezone(timezone.utc), d.timestamp())
print(datetime(2020,1,1,fold=1), repr(datetime(2020,1,1,fold=1, tzinfo=timezone.utc)))
print(time(1,2, tzinfo=timezone.utc), repr(time(1,2,3,4,tzinfo=timezone.utc)), time(1,2,tzinfo=timezone.utc).utcoffset())
try: datetime(2020,1,1) < datetime(2020,1,1,tzinfo=timezone.utc)
except TypeError as e: print(e)
try: datetime(2020,1,1) - datetime(2020,1,1,tzinfo=timezone.utc)
except TypeError as e: print(e)
print(datetime(2020,1,1) == datetime(2020,1,1,tzinfo=timezone.utc))
a = datetime(2020,1,1,12,tzinfo=timezone.utc); b = datetime(2020,1,1,13,tzinfo=timezone(timedelta(hours=1)))
print(a == b, hash(a) == hash(b), a - b, b - a + timedelta(hours=2), a < b)
print(datetime.fromisoformat("2020-01-02T03:04:05+05:30"), repr(datetime.fromisoformat("2020-01-02T03:04:05Z")))
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(86400*365.25, tz=timezone(timedelta(hours=-8))))
print(datetime.strptime("2020-01-02 +0130", "%Y-%m-%d %z"))
print(UTC is timezone.utc, datetime(2020,1,1,tzinfo=UTC).timetuple())
class Fixed(tzinfo):
    def __init__(self, h): self.h = h
    def utcoffset(self, dt): return timedelta(hours=self.h)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return f"F{self.h}"
    def __repr__(self): return f"Fixed({self.h})"
x = datetime(2021, 3, 4, 5, tzinfo=Fixed(2))
print(x, repr(x), x.tzname(), x.astimezone(Fixed(-3)), x.astimezone(timezone.utc), x.timetuple().tm_isdst)
print(x.replace(tzinfo=None), x.replace(tzinfo=timezone.utc) - x)
print(datetime.combine(date(2020,1,1), time(5, tzinfo=timezone.utc)))
print(datetime.now(timezone.utc).tzinfo, type(datetime.now(tz=timezone.utc)).__name__)
class Bad(tzinfo):
    def utcoffset(self, dt): return 5
try: datetime(2020,1,1,tzinfo=Bad()).utcoffset()
except TypeError as e: print(e)
class Bad2(tzinfo):
    def utcoffset(self, dt): return timedelta(days=2)
try: datetime(2020,1,1,tzinfo=Bad2()).isoformat()
except ValueError as e: print(e)
try: datetime(2020,1,1,tzinfo=5)
except TypeError as e: print(e)
print(isinstance(timezone.utc, tzinfo), timezone.__mro__)

# expect: True datetime.timezone.utc datetime.timezone(datetime.timedelta(0), 'UTC')
# expect: datetime.timezone(datetime.timedelta(days=-1, seconds=68400), 'EST') UTC-05:30 UTC+00:01:01
# expect: UTC-23:59 UTC+23:59 datetime.timezone(datetime.timedelta(days=-1, seconds=60))
# expect: TypeError timezone() argument 1 must be datetime.timedelta, not int
# expect: ValueError offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not datetime.timedelta(days=1).
# expect: TypeError timezone() argument 2 must be str, not int
# expect: NotImplementedError a tzinfo subclass must implement utcoffset()
# expect: TypeError tzname(dt) argument must be a datetime instance or None, not int
# expect: TypeError type 'datetime.timezone' is not an acceptable base type
# expect: True True False
# expect: 2020-05-17 12:30:15.000250+05:30 datetime.datetime(2020, 5, 17, 12, 30, 15, 250, tzinfo=datetime.timezone(datetime.timedelta(seconds=19800))) 2020-05-17T12:30:15.000250+05:30 5:30:00 UTC+05:30 None
# expect: +0530 UTC+05:30 12 2020-05-17 07:00:15.000250+00:00 1589698815.00025
# expect: 2020-01-01 00:00:00 datetime.datetime(2020, 1, 1, 0, 0, fold=1, tzinfo=datetime.timezone.utc)
# expect: 01:02:00+00:00 datetime.time(1, 2, 3, 4, tzinfo=datetime.timezone.utc) 0:00:00
# expect: can't compare offset-naive and offset-aware datetimes
# expect: can't subtract offset-naive and offset-aware datetimes
# expect: False
# expect: True True 0:00:00 2:00:00 False
# expect: 2020-01-02 03:04:05+05:30 datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
# expect: 1970-01-01 00:00:00+00:00 1970-12-31 22:00:00-08:00
# expect: 2020-01-02 00:00:00+01:30
# expect: True time.struct_time(tm_year=2020, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=2, tm_yday=1, tm_isdst=-1)
# expect: 2021-03-04 05:00:00+02:00 datetime.datetime(2021, 3, 4, 5, 0, tzinfo=Fixed(2)) F2 2021-03-04 00:00:00-03:00 2021-03-04 03:00:00+00:00 0
# expect: 2021-03-04 05:00:00 2:00:00
# expect: 2020-01-01 05:00:00+00:00
# expect: UTC datetime
# expect: tzinfo.utcoffset() must return None or timedelta, not 'int'
# expect: offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).
# expect: tzinfo argument must be None or of a tzinfo subclass, not type 'int'
# expect: True (<class 'datetime.timezone'>, <class 'datetime.tzinfo'>, <class 'object'>)
