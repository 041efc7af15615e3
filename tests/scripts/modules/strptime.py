# time.strptime and datetime.strptime (the C locale): each directive, %I/%p, %j, %U/%W with a weekday, Feb 29 without a year, CPython's errors; struct_time from a 9-sequence
import time
from datetime import datetime
tests = [("2023-07-04", "%Y-%m-%d"), ("04/07/23 13:05:09", "%d/%m/%y %H:%M:%S"),
         ("Tue Jul  4 09:08:07 2023", "%a %b %d %H:%M:%S %Y"), ("March 3, 1999 5:06 PM", "%B %d, %Y %I:%M %p"),
         ("12 AM", "%I %p"), ("2020-100", "%Y-%j"), ("2021 10 3", "%Y %W %w"), ("2021 0 3", "%Y %U %w"),
         ("2019-02-29", "%Y-%m-%d"), ("12:30:45.25", "%H:%M:%S.%f"), ("feb 29", "%b %d"), ("  2023-1-2", " %Y-%m-%d"),
         ("2023-07-04x", "%Y-%m-%d"), ("2023/07/04", "%Y-%m-%d"), ("2023", "%Q"), ("2023", "%Y%"),
         ("100%", "%d%%"), ("Monday 2024 01", "%A %Y %W"), ("31/12/99", "%x"), ("23:59:59", "%X"), ("Tue Jul  4 09:08:07 2023", "%c")]
for s, f in tests:
    try:
        print(repr(s), repr(f), datetime.strptime(s, f))
    except ValueError as e:
        print("ValueError:", e)
    try:
        t = time.strptime(s, f)
        print(tuple(t))
    except ValueError as e:
        print("ValueError:", e)
print(time.strptime("Tue Jul  4 09:08:07 2023"))
try: datetime.strptime(5, "%Y")
except TypeError as e: print("TypeError", "9-sequence (3-sequence given)" in str(e))
d = datetime.strptime("2023-07-04 10:11", "%Y-%m-%d %H:%M")
print(repr(d), d.weekday(), d.strftime("%A %d %B"))
class MyDT(datetime): pass
print(type(MyDT.strptime("2020", "%Y")).__name__)
st = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0))
print(st, st.tm_mday, st[0], time.strftime("%Y-%m-%d", st))
try: time.struct_time((1, 2, 3))
except TypeError as e: print("TypeError", "9-sequence (3-sequence given)" in str(e))

# expect: '2023-07-04' '%Y-%m-%d' 2023-07-04 00:00:00
# expect: (2023, 7, 4, 0, 0, 0, 1, 185, -1)
# expect: '04/07/23 13:05:09' '%d/%m/%y %H:%M:%S' 2023-07-04 13:05:09
# expect: (2023, 7, 4, 13, 5, 9, 1, 185, -1)
# expect: 'Tue Jul  4 09:08:07 2023' '%a %b %d %H:%M:%S %Y' 2023-07-04 09:08:07
# expect: (2023, 7, 4, 9, 8, 7, 1, 185, -1)
# expect: 'March 3, 1999 5:06 PM' '%B %d, %Y %I:%M %p' 1999-03-03 17:06:00
# expect: (1999, 3, 3, 17, 6, 0, 2, 62, -1)
# expect: '12 AM' '%I %p' 1900-01-01 00:00:00
# expect: (1900, 1, 1, 0, 0, 0, 0, 1, -1)
# expect: '2020-100' '%Y-%j' 2020-04-09 00:00:00
# expect: (2020, 4, 9, 0, 0, 0, 3, 100, -1)
# expect: '2021 10 3' '%Y %W %w' 2021-03-10 00:00:00
# expect: (2021, 3, 10, 0, 0, 0, 2, 69, -1)
# expect: '2021 0 3' '%Y %U %w' 2020-12-30 00:00:00
# expect: (2020, 12, 30, 0, 0, 0, 2, 365, -1)
# expect: ValueError: day is out of range for month
# expect: ValueError: day is out of range for month
# expect: '12:30:45.25' '%H:%M:%S.%f' 1900-01-01 12:30:45.250000
# expect: (1900, 1, 1, 12, 30, 45, 0, 1, -1)
# expect: ValueError: day is out of range for month
# expect: (1900, 2, 29, 0, 0, 0, 0, 60, -1)
# expect: '  2023-1-2' ' %Y-%m-%d' 2023-01-02 00:00:00
# expect: (2023, 1, 2, 0, 0, 0, 0, 2, -1)
# expect: ValueError: unconverted data remains: x
# expect: ValueError: unconverted data remains: x
# expect: ValueError: time data '2023/07/04' does not match format '%Y-%m-%d'
# expect: ValueError: time data '2023/07/04' does not match format '%Y-%m-%d'
# expect: ValueError: 'Q' is a bad directive in format '%Q'
# expect: ValueError: 'Q' is a bad directive in format '%Q'
# expect: ValueError: stray % in format '%Y%'
# expect: ValueError: stray % in format '%Y%'
# expect: ValueError: time data '100%' does not match format '%d%%'
# expect: ValueError: time data '100%' does not match format '%d%%'
# expect: 'Monday 2024 01' '%A %Y %W' 2024-01-01 00:00:00
# expect: (2024, 1, 1, 0, 0, 0, 0, 1, -1)
# expect: ValueError: time data '31/12/99' does not match format '%x'
# expect: ValueError: time data '31/12/99' does not match format '%x'
# expect: '23:59:59' '%X' 1900-01-01 23:59:59
# expect: (1900, 1, 1, 23, 59, 59, 0, 1, -1)
# expect: 'Tue Jul  4 09:08:07 2023' '%c' 2023-07-04 09:08:07
# expect: (2023, 7, 4, 9, 8, 7, 1, 185, -1)
# expect: time.struct_time(tm_year=2023, tm_mon=7, tm_mday=4, tm_hour=9, tm_min=8, tm_sec=7, tm_wday=1, tm_yday=185, tm_isdst=-1)
# expect: TypeError False
# expect: datetime.datetime(2023, 7, 4, 10, 11) 1 Tuesday 04 July
# expect: MyDT
# expect: time.struct_time(tm_year=2020, tm_mon=1, tm_mday=2, tm_hour=3, tm_min=4, tm_sec=5, tm_wday=3, tm_yday=2, tm_isdst=0) 2 2020 2020-01-02
# expect: TypeError True
