# isleap, leapdays, weekday, monthrange, monthcalendar, timegm.
import calendar

print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024), calendar.leapdays(1900, 2024))
print(calendar.weekday(2024, 3, 15), calendar.weekday(12345, 1, 1), calendar.day_name[calendar.weekday(1969, 7, 20)])
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthrange(2000, 12))
print(calendar.monthcalendar(2024, 3))
print(calendar.timegm((2024, 3, 15, 12, 30, 45)), calendar.timegm((1969, 12, 31, 23, 59, 59, 0, 0, 0)))
print(list(calendar.day_name), list(calendar.day_abbr))
print(list(calendar.month_name), calendar.month_abbr[1:4], len(calendar.month_name))
print(calendar.MONDAY, calendar.SUNDAY, calendar.mdays)

# expect: True False True 30
# expect: 4 0 Sunday
# expect: (3, 29) (2, 28) (4, 31)
# expect: [[0, 0, 0, 0, 1, 2, 3], [4, 5, 6, 7, 8, 9, 10], [11, 12, 13, 14, 15, 16, 17], [18, 19, 20, 21, 22, 23, 24], [25, 26, 27, 28, 29, 30, 31]]
# expect: 1710505845 -1
# expect: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
# expect: ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] ['Jan', 'Feb', 'Mar'] 13
# expect: 0 6 [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
