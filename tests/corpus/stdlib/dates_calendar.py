"""calendar module: month grids, leap years, weekday names, monthrange; schedules with datetime."""
import calendar
from datetime import date, timedelta

print(calendar.month(2024, 2))
print(calendar.isleap(2000), calendar.isleap(1900), calendar.leapdays(1900, 2024))
print(calendar.monthrange(2023, 2), calendar.weekday(2023, 10, 1), calendar.day_name[0], calendar.month_abbr[12])
cal = calendar.Calendar(firstweekday=6)
weeks = cal.monthdayscalendar(2023, 10)
print(len(weeks), weeks[0], weeks[-1])
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2023, 10, w=3))


def nth_weekday(year, month, weekday, n):
    days = [d for d in cal.itermonthdates(year, month) if d.month == month and d.weekday() == weekday]
    return days[n] if n >= 0 else days[n]


print("Thanksgiving 2023:", nth_weekday(2023, 11, calendar.THURSDAY, 3))
print("last Monday of May 2023:", nth_weekday(2023, 5, calendar.MONDAY, -1))
start = date(2023, 1, 31)
for i in range(4):
    y, m = divmod(start.month - 1 + i, 12)
    year, month = start.year + y, m + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    print(date(year, month, day), end=" ")
print()
d = date(2023, 12, 25)
workdays = 0
while workdays < 5:
    d += timedelta(days=1)
    if d.weekday() < 5:
        workdays += 1
print("five working days after Christmas:", d)
print(calendar.timegm((2000, 1, 1, 0, 0, 0)), list(calendar.day_abbr))
