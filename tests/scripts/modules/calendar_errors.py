# Bad months and weekdays raise calendar's ValueError subclasses.
import calendar

for bad in [lambda: calendar.monthrange(2024, 13), lambda: calendar.setfirstweekday(7),
            lambda: calendar.month(2024, 0), lambda: calendar.weekday(2024, 2, 30)]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e, isinstance(e, calendar.error))

# expect: IllegalMonthError bad month number 13; must be 1-12 True
# expect: IllegalWeekdayError bad weekday number 7; must be 0 (Monday) to 6 (Sunday) True
# expect: IllegalMonthError bad month number 0; must be 1-12 True
# expect: ValueError day is out of range for month True
