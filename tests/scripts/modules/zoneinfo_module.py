# zoneinfo (CPython's pure-Python ZoneInfo over the system's /usr/share/zoneinfo):
# conversions, DST gaps and folds, the cache, the repr, unknown keys.
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones
from datetime import datetime, timedelta, timezone
ny, tokyo, berlin = ZoneInfo("America/New_York"), ZoneInfo("Asia/Tokyo"), ZoneInfo("Europe/Berlin")
meeting = datetime(2024, 3, 10, 9, 30, tzinfo=ny)
for z in (ny, tokyo, berlin, timezone.utc):
    t = meeting.astimezone(z)
    print(f"{str(z):20} {t:%Y-%m-%d %H:%M %Z} {t.utcoffset()} dst={t.dst()}")
before = datetime(2024, 3, 10, 1, 59, tzinfo=ny); after = before + timedelta(minutes=2)
print(before.tzname(), after.tzname(), (after.astimezone(timezone.utc) - before.astimezone(timezone.utc)))
amb = datetime(2024, 11, 3, 1, 30, tzinfo=ny)
print(amb.tzname(), amb.replace(fold=1).tzname(), amb.utcoffset(), amb.replace(fold=1).utcoffset())
print(repr(ny), ny.key, ZoneInfo("America/New_York") is ny, datetime(2000, 1, 1, tzinfo=berlin).isoformat())
try: ZoneInfo("Mars/Olympus")
except ZoneInfoNotFoundError as e: print("ZoneInfoNotFoundError", e)
print("Europe/Paris" in available_timezones())
# expect: America/New_York     2024-03-10 09:30 EDT -1 day, 20:00:00 dst=1:00:00
# expect: Asia/Tokyo           2024-03-10 22:30 JST 9:00:00 dst=0:00:00
# expect: Europe/Berlin        2024-03-10 14:30 CET 1:00:00 dst=0:00:00
# expect: UTC                  2024-03-10 13:30 UTC 0:00:00 dst=None
# expect: EST EST 0:02:00
# expect: EDT EST -1 day, 20:00:00 -1 day, 19:00:00
# expect: zoneinfo.ZoneInfo(key='America/New_York') America/New_York True 2000-01-01T00:00:00+01:00
# expect: ZoneInfoNotFoundError 'No time zone found with key Mars/Olympus'
# expect: True
