# hashlib digests of fixed inputs, hmac, and calendar month printing with
# leap-year and weekday helpers; plus datetime arithmetic on fixed dates.
import calendar
import datetime
import hashlib
import hmac

for name in ("md5", "sha1", "sha256", "sha512", "blake2b"):
    h = hashlib.new(name)
    h.update(b"The quick brown fox ")
    h.update(b"jumps over the lazy dog")
    print(name, h.digest_size, h.hexdigest()[:32])
print(hashlib.sha256(b"").hexdigest(), hashlib.md5("é".encode()).hexdigest())
c = hashlib.sha1(b"abc")
d = c.copy()
d.update(b"def")
print(c.hexdigest()[:12], d.hexdigest()[:12], hashlib.sha1(b"abcdef").hexdigest()[:12])
print(hmac.new(b"key", b"message", hashlib.sha256).hexdigest()[:24], hmac.compare_digest("a", "a"))
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex()[:24], hashlib.sha3_256(b"x").hexdigest()[:16])
print(calendar.month(2024, 2))
print(calendar.isleap(1900), calendar.isleap(2000), calendar.leapdays(1900, 2025), calendar.monthrange(2023, 2))
print(calendar.weekday(2024, 7, 4), calendar.day_name[calendar.weekday(2024, 7, 4)], calendar.month_abbr[12], list(calendar.day_abbr))
print(calendar.monthcalendar(2024, 3)[0], calendar.TextCalendar(calendar.SUNDAY).formatmonth(2023, 12).splitlines()[1])
d = datetime.date(2024, 1, 31)
print(d + datetime.timedelta(days=30), d.replace(day=1) - datetime.timedelta(days=1), d.isoweekday(), d.isocalendar())
dt = datetime.datetime(2023, 12, 31, 23, 59, 30)
print(dt + datetime.timedelta(seconds=45), (dt - datetime.datetime(2023, 1, 1)).days, dt.strftime("%a %d %b %Y %H:%M:%S %j"))
print(datetime.datetime.strptime("03/07/21 14:05", "%d/%m/%y %H:%M"), datetime.date.fromisoformat("2020-02-29").toordinal())
print(datetime.timedelta(days=1, hours=25, minutes=-5), datetime.timedelta(seconds=-1), repr(datetime.timedelta(weeks=2)))
print(datetime.datetime(2024, 3, 10, 12, tzinfo=datetime.timezone.utc).isoformat(), datetime.timezone(datetime.timedelta(hours=-5)))
