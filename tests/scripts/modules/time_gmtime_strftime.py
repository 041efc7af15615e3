# gmtime returns a struct_time; strftime formats one.
import time
t = time.gmtime(0)
print(t)
# expect: time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0)
print(t.tm_year, t[1], t.tm_wday, len(t))      # expect: 1970 1 3 9
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(86400 * 365 + 3661)))  # expect: 1971-01-01 01:01:01
print(time.strftime("%Y/%j", (2020, 3, 1, 0, 0, 0, 6, 61, 0)))  # expect: 2020/061
print(time.asctime(time.gmtime(0)))             # expect: Thu Jan  1 00:00:00 1970
print(type(time.localtime()).__name__)          # expect: struct_time
try:
    time.strftime(1)
except TypeError as e:
    print(e)  # expect: strftime() argument 1 must be str, not int
