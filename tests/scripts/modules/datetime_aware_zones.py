# A DST zone as in the Python docs: astimezone, fromutc, sorting and hashing across zones, %z/%Z, strptime %z, copy
# Aware datetimes: a DST zone written as the Python docs do, conversions, sorting, dict keys.
from datetime import datetime, date, time, timedelta, timezone, tzinfo, UTC
import copy

ZERO = timedelta(0)
HOUR = timedelta(hours=1)

def first_sunday_on_or_after(dt):
    days_to_go = 6 - dt.weekday()
    if days_to_go:
        dt += timedelta(days_to_go)
    return dt

DSTSTART = datetime(1, 3, 8, 2)
DSTEND = datetime(1, 11, 1, 2)

class USTimeZone(tzinfo):
    def __init__(self, hours, reprname, stdname, dstname):
        self.stdoffset = timedelta(hours=hours)
        self.reprname = reprname
        self.stdname = stdname
        self.dstname = dstname
    def __repr__(self):
        return self.reprname
    def tzname(self, dt):
        return self.dstname if self.dst(dt) else self.stdname
    def utcoffset(self, dt):
        return self.stdoffset + self.dst(dt)
    def dst(self, dt):
        if dt is None or dt.tzinfo is None:
            return ZERO
        assert dt.tzinfo is self
        start = first_sunday_on_or_after(DSTSTART.replace(year=dt.year))
        end = first_sunday_on_or_after(DSTEND.replace(year=dt.year))
        if start + HOUR <= dt.replace(tzinfo=None) < end - HOUR:
            return HOUR
        if end - HOUR <= dt.replace(tzinfo=None) < end:
            return ZERO if dt.fold else HOUR
        return ZERO

Eastern = USTimeZone(-5, "Eastern", "EST", "EDT")
Pacific = USTimeZone(-8, "Pacific", "PST", "PDT")

for month in (1, 7):
    dt = datetime(2021, month, 15, 12, tzinfo=Eastern)
    print(dt, dt.tzname(), dt.utcoffset(), dt.dst(), dt.astimezone(UTC), dt.astimezone(Pacific))
    print(dt.timetuple().tm_isdst, dt.utctimetuple()[:6], dt.timestamp())

u = datetime(2021, 3, 14, 5, tzinfo=UTC)
for i in range(4):
    t = (u + i * HOUR).astimezone(Eastern)
    print(t, t.tzname())

meetings = [datetime(2022, 5, 1, 9, tzinfo=Eastern), datetime(2022, 5, 1, 7, tzinfo=Pacific),
            datetime(2022, 5, 1, 14, tzinfo=UTC), datetime(2022, 5, 1, 13, 30, tzinfo=timezone(timedelta(hours=-1)))]
for m in sorted(meetings):
    print(m.isoformat(), m.astimezone(UTC).strftime("%H:%M %Z %z"))
print(len({m.astimezone(UTC) for m in meetings}), len(set(meetings)))
print(meetings[0] == meetings[2], meetings[0] - meetings[1], max(meetings) - min(meetings))

d = {datetime(2020, 1, 1, tzinfo=UTC): "a"}
print(d[datetime(2020, 1, 1, 1, tzinfo=timezone(HOUR))])

dt = datetime(2020, 6, 1, 8, 30, tzinfo=timezone(timedelta(hours=2), "CEST"))
print(copy.copy(dt), copy.deepcopy(dt), repr(copy.deepcopy(dt).tzinfo))
print(dt.timetz(), dt.time(), repr(dt.timetz()), dt.date())
print(dt.replace(hour=1), dt.replace(tzinfo=UTC), dt.replace(fold=1).fold)
print(f"{dt:%Y-%m-%d %H:%M %Z}", "{:%z}".format(dt), format(dt, ""))
print(datetime.fromtimestamp(1600000000, UTC), datetime.fromtimestamp(1600000000.5, tz=Eastern))
print(datetime.combine(date(2020, 1, 1), time(12, tzinfo=UTC), tzinfo=Eastern))
print(datetime.strptime("2021-05-06T07:08:09.5-04:00", "%Y-%m-%dT%H:%M:%S.%f%z"))
print(datetime.strptime("2021-05-06 07:08 +00:00", "%Y-%m-%d %H:%M %z").tzinfo is UTC)
print(repr(datetime.strptime("2021-05-06 07:08 +01:30:15 UTC", "%Y-%m-%d %H:%M %z %Z").tzinfo))
try:
    datetime.strptime("2021 +01:3015", "%Y %z")
except ValueError as e:
    print(e)
t1 = time(12, tzinfo=UTC); t2 = time(13, tzinfo=timezone(HOUR)); t3 = time(12)
print(t1 == t2, hash(t1) == hash(t2), t1 == t3, t1.utcoffset(), t3.utcoffset(), t1.tzname(), t2.isoformat())
try:
    t1 < t3
except TypeError as e:
    print(e)
print(time(1, 2, 3, tzinfo=timezone(timedelta(hours=-3, seconds=-7))).isoformat(timespec="minutes"))
tz3 = timezone(timedelta(hours=3)); print(tz3.fromutc(datetime(2020, 1, 1, tzinfo=tz3)))
for bad in [lambda: timezone.utc.fromutc(datetime(2020, 1, 1)), lambda: timezone.utc.fromutc(5),
            lambda: datetime(2020, 1, 1).astimezone(5), lambda: tzinfo().dst(None), lambda: tzinfo().tzname(None),
            lambda: datetime(2020, 1, 1, tzinfo=tzinfo()).utcoffset(), lambda: datetime(2020, 1, 1, fold=2),
            lambda: datetime(2020, 1, 1, tzinfo=UTC) - datetime(2020, 1, 1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(datetime.max.replace(tzinfo=timezone(-HOUR)) > datetime.min.replace(tzinfo=timezone(HOUR)))
print(timezone.utc.utcoffset(None), timezone.utc.dst(None), timezone(HOUR, "X").tzname(None), UTC)
print(isinstance(UTC, tzinfo), type(UTC).__name__, timezone.__module__, tzinfo.__module__)

# expect: 2021-01-15 12:00:00-05:00 EST -1 day, 19:00:00 0:00:00 2021-01-15 17:00:00+00:00 2021-01-15 09:00:00-08:00
# expect: 0 (2021, 1, 15, 17, 0, 0) 1610730000.0
# expect: 2021-07-15 12:00:00-04:00 EDT -1 day, 20:00:00 1:00:00 2021-07-15 16:00:00+00:00 2021-07-15 09:00:00-07:00
# expect: 1 (2021, 7, 15, 16, 0, 0) 1626364800.0
# expect: 2021-03-14 00:00:00-05:00 EST
# expect: 2021-03-14 01:00:00-05:00 EST
# expect: 2021-03-14 02:00:00-05:00 EST
# expect: 2021-03-14 04:00:00-04:00 EDT
# expect: 2022-05-01T09:00:00-04:00 13:00 UTC +0000
# expect: 2022-05-01T07:00:00-07:00 14:00 UTC +0000
# expect: 2022-05-01T14:00:00+00:00 14:00 UTC +0000
# expect: 2022-05-01T13:30:00-01:00 14:30 UTC +0000
# expect: 3 3
# expect: False -1 day, 23:00:00 1:30:00
# expect: a
# expect: 2020-06-01 08:30:00+02:00 2020-06-01 08:30:00+02:00 datetime.timezone(datetime.timedelta(seconds=7200), 'CEST')
# expect: 08:30:00+02:00 08:30:00 datetime.time(8, 30, tzinfo=datetime.timezone(datetime.timedelta(seconds=7200), 'CEST')) 2020-06-01
# expect: 2020-06-01 01:30:00+02:00 2020-06-01 08:30:00+00:00 1
# expect: 2020-06-01 08:30 CEST +0200 2020-06-01 08:30:00+02:00
# expect: 2020-09-13 12:26:40+00:00 2020-09-13 08:26:40.500000-04:00
# expect: 2020-01-01 12:00:00-05:00
# expect: 2021-05-06 07:08:09.500000-04:00
# expect: True
# expect: datetime.timezone(datetime.timedelta(seconds=5415), 'UTC')
# expect: Inconsistent use of : in +01:3015
# expect: True True False 0:00:00 None UTC 13:00:00+01:00
# expect: can't compare offset-naive and offset-aware times
# expect: 01:02-03:00:07
# expect: 2020-01-01 03:00:00+03:00
# expect: ValueError fromutc: dt.tzinfo is not self
# expect: TypeError fromutc: argument must be a datetime
# expect: TypeError tzinfo argument must be None or of a tzinfo subclass, not type 'int'
# expect: NotImplementedError a tzinfo subclass must implement dst()
# expect: NotImplementedError a tzinfo subclass must implement tzname()
# expect: NotImplementedError a tzinfo subclass must implement utcoffset()
# expect: ValueError fold must be either 0 or 1
# expect: TypeError can't subtract offset-naive and offset-aware datetimes
# expect: True
# expect: 0:00:00 None X UTC
# expect: True timezone datetime datetime
