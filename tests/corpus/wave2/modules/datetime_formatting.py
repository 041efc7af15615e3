# datetime and time formatting on fixed moments: strftime directives, isoformat
# variants, timedelta arithmetic and str, time zones with fixed offsets, and time.strftime on a fixed struct.
import datetime as dt
import time

moment = dt.datetime(2024, 3, 9, 7, 5, 3, 120000)
for fmt in ["%Y-%m-%d %H:%M:%S", "%d/%m/%y %I:%M %p", "%A, %B %d, %Y", "%a %b %e", "%j %U %W %w", "%H%M%S.%f",
            "%G-W%V-%u", "%c", "%x %X", "%%literal%% %Y", "%C %g %y"]:
    print(f"{fmt:<22} {moment.strftime(fmt)}")
print(moment.isoformat(), moment.isoformat(sep=" ", timespec="minutes"), moment.date().isoformat(), moment.time().isoformat("milliseconds"))
print(repr(moment), str(moment.time()), moment.timetuple()[:6], moment.weekday(), moment.isoweekday())
utc = dt.timezone.utc
ist = dt.timezone(dt.timedelta(hours=5, minutes=30), "IST")
aware = moment.replace(tzinfo=utc)
print(aware, aware.astimezone(ist), aware.astimezone(ist).strftime("%H:%M %Z %z"), aware.utcoffset(), ist.tzname(None))
print(aware.isoformat(), dt.datetime.fromisoformat("2024-03-09T07:05:03+05:30").utcoffset(), aware.timestamp())
deltas = [dt.timedelta(days=2, hours=3), dt.timedelta(minutes=-90), dt.timedelta(seconds=3661.5), dt.timedelta(weeks=1) / 3,
          dt.timedelta(days=1) * 2.5, dt.timedelta(hours=36) // dt.timedelta(hours=5), dt.timedelta(hours=36) % dt.timedelta(hours=5)]
for d in deltas:
    print(repr(d), str(d), d.total_seconds() if isinstance(d, dt.timedelta) else "")
print(dt.date(2024, 12, 31) - dt.date(2024, 1, 1), (dt.date(2025, 1, 1) - dt.date(2024, 1, 1)).days, dt.date(2024, 2, 28) + dt.timedelta(days=1))
print(dt.date.fromordinal(738000), dt.date(2024, 1, 1).toordinal(), dt.date.min, dt.date.max, dt.timedelta.max)
print(sorted([dt.date(2024, 5, 1), dt.date(2023, 12, 25), dt.date(2024, 1, 15)]), max(dt.time(9), dt.time(17, 30)))
st = time.strptime("2021-06-15 13:45:00", "%Y-%m-%d %H:%M:%S")
print(st.tm_year, st.tm_yday, st.tm_wday, time.strftime("%d %b %Y, %H:%M", st), time.mktime(st) > 0 if False else "")
print(dt.datetime.strptime("Tue, 05 Nov 2019 14:00", "%a, %d %b %Y %H:%M"), dt.datetime.strptime("7/4/1976", "%m/%d/%Y").date())
for bad in [lambda: dt.date(2023, 2, 29), lambda: dt.datetime.strptime("2020-13-01", "%Y-%m-%d"), lambda: dt.time(25),
            lambda: dt.timedelta(days=1) + 1]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
