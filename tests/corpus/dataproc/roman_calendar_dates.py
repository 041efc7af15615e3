"""Date arithmetic with datetime on fixed dates: ages, weekdays, durations, formatting, parsing."""
from datetime import date, datetime, timedelta, time

birthdays = {"Ada": date(1815, 12, 10), "Alan": date(1912, 6, 23), "Grace": date(1906, 12, 9)}
today = date(2023, 10, 1)
for name, born in sorted(birthdays.items(), key=lambda kv: kv[1]):
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    print(f"{name:<6} born {born:%A %d %B %Y} ({born.isoformat()}), would be {age}")

start = datetime(2023, 3, 10, 22, 30)
for hours in (1, 2, 30, 24 * 60):
    print(start + timedelta(hours=hours))
d = datetime(2024, 2, 29, 23, 59, 59) - datetime(2023, 1, 1)
print(d, d.days, d.total_seconds(), d // timedelta(hours=1))
print(timedelta(days=1, seconds=-1), -timedelta(minutes=5), timedelta(weeks=1) / 7)
print(date(2024, 1, 31).replace(month=2, day=29), date.fromisoformat("2023-07-04").weekday())
print(datetime.strptime("2023-07-04 15:30", "%Y-%m-%d %H:%M").strftime("%d/%m/%y %I:%M %p"))
print(date(2023, 1, 1).isocalendar(), date(2023, 12, 31).timetuple().tm_yday)
print(datetime.combine(date(2020, 5, 17), time(8, 15)).isoformat(sep=" "))
print(max(birthdays.values()) - min(birthdays.values()))
months = [date(2023, m, 1).strftime("%b") for m in range(1, 13)]
print(" ".join(months))
fridays13 = [date(2023, m, 13) for m in range(1, 13) if date(2023, m, 13).weekday() == 4]
print(fridays13)
print(repr(date(2023, 1, 2)), repr(timedelta(hours=25)), str(time(7, 5, 3, 120)))
