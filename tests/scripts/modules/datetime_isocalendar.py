# datetime: isocalendar (IsoCalendarDate) around year ends, fromisocalendar and its errors, timetuple
from datetime import date, datetime
for d in [date(2023, 1, 1), date(2023, 12, 31), date(2020, 12, 31), date(2021, 1, 3), date(2024, 12, 30), date(2015, 12, 31), date(2009, 12, 31), date(2010, 1, 3), date(1, 1, 1)]:
    iso = d.isocalendar()
    print(d, iso, iso.year, iso.week, iso.weekday, tuple(iso), date.fromisocalendar(*iso) == d)
print(datetime(2023, 7, 4, 13, 5, 9).isocalendar(), datetime.fromisocalendar(2020, 53, 5), type(datetime.fromisocalendar(2020, 1, 1)).__name__)
t = datetime(2023, 7, 4, 13, 5, 9).timetuple()
print(t, t.tm_yday, date(2024, 3, 1).timetuple())
for args in [(2021, 53, 1), (2020, 54, 1), (2020, 1, 0), (2020, 1, 8), (0, 1, 1), (10000, 1, 1)]:
    try:
        print(date.fromisocalendar(*args))
    except ValueError as e:
        print(args, e)
try: date.fromisocalendar("2020", 1, 1)
except TypeError as e: print(e)

# expect: 2023-01-01 datetime.IsoCalendarDate(year=2022, week=52, weekday=7) 2022 52 7 (2022, 52, 7) True
# expect: 2023-12-31 datetime.IsoCalendarDate(year=2023, week=52, weekday=7) 2023 52 7 (2023, 52, 7) True
# expect: 2020-12-31 datetime.IsoCalendarDate(year=2020, week=53, weekday=4) 2020 53 4 (2020, 53, 4) True
# expect: 2021-01-03 datetime.IsoCalendarDate(year=2020, week=53, weekday=7) 2020 53 7 (2020, 53, 7) True
# expect: 2024-12-30 datetime.IsoCalendarDate(year=2025, week=1, weekday=1) 2025 1 1 (2025, 1, 1) True
# expect: 2015-12-31 datetime.IsoCalendarDate(year=2015, week=53, weekday=4) 2015 53 4 (2015, 53, 4) True
# expect: 2009-12-31 datetime.IsoCalendarDate(year=2009, week=53, weekday=4) 2009 53 4 (2009, 53, 4) True
# expect: 2010-01-03 datetime.IsoCalendarDate(year=2009, week=53, weekday=7) 2009 53 7 (2009, 53, 7) True
# expect: 0001-01-01 datetime.IsoCalendarDate(year=1, week=1, weekday=1) 1 1 1 (1, 1, 1) True
# expect: datetime.IsoCalendarDate(year=2023, week=27, weekday=2) 2021-01-01 00:00:00 datetime
# expect: time.struct_time(tm_year=2023, tm_mon=7, tm_mday=4, tm_hour=13, tm_min=5, tm_sec=9, tm_wday=1, tm_yday=185, tm_isdst=-1) 185 time.struct_time(tm_year=2024, tm_mon=3, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=4, tm_yday=61, tm_isdst=-1)
# expect: (2021, 53, 1) Invalid week: 53
# expect: (2020, 54, 1) Invalid week: 54
# expect: (2020, 1, 0) Invalid day: 0 (range is [1, 7])
# expect: (2020, 1, 8) Invalid day: 8 (range is [1, 7])
# expect: (0, 1, 1) Year is out of range: 0
# expect: (10000, 1, 1) Year is out of range: 10000
# expect: 'str' object cannot be interpreted as an integer
