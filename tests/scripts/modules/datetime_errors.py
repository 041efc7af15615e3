# datetime's errors: CPython's types and messages.
from datetime import datetime, date, timedelta


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(datetime, 2020)
attempt(datetime, 2020, 13, 1)
attempt(datetime, 2020, 2, 30)
attempt(datetime, 2019, 2, 29)
attempt(datetime, 0, 2, 3)
attempt(datetime, 2020, 2, 3, 24)
attempt(datetime, 2020, 2, 3, 1, 60)
attempt(datetime, 2020, 2, 3, 1, 1, 60)
attempt(datetime, 2020, 2, 3, 1, 1, 1, 10**6)
attempt(datetime, 2020, 2, 3.0)
attempt(datetime, 2020, 2, 3, foo=1)
attempt(date, 2020, 2)
attempt(date, 2020, 2, 3, 4)
attempt(timedelta, days=10**9)
attempt(timedelta, 1, 2, 3, 4, 5, 6, 7, 8)
attempt(timedelta, foo=1)
attempt(timedelta, "1")
attempt(lambda: timedelta(1) + 1)
attempt(lambda: 1 + timedelta(1))
attempt(lambda: timedelta(1) < 1)
attempt(lambda: datetime(2020, 1, 1) < date(2020, 1, 1))
attempt(lambda: date(2020, 1, 1) < datetime(2020, 1, 1))
attempt(lambda: datetime(2020, 1, 1) - date(2020, 1, 1))
attempt(lambda: date(2020, 1, 1) - datetime(2020, 1, 1))
attempt(lambda: datetime(2020, 1, 1) + datetime(2020, 1, 1))
attempt(lambda: timedelta(1) / 0)
attempt(lambda: timedelta(1) // 0)
attempt(lambda: timedelta(1) / timedelta(0))
attempt(lambda: datetime.max + timedelta(1))
attempt(lambda: date.min - timedelta(1))
attempt(lambda: date(2020, 1, 1).strftime(1))
attempt(datetime.now, 1)
attempt(lambda: datetime(2020, 1, 1).isoformat(timespec="x"))
attempt(date.fromisoformat, "2020-1-1")


def set_year():
    datetime(2020, 1, 1).year = 5


def set_hour():
    datetime(2020, 1, 1).hour = 5


attempt(set_year)
attempt(set_hour)

# expect: TypeError: function missing required argument 'month' (pos 2)
# expect: ValueError: month must be in 1..12
# expect: ValueError: day is out of range for month
# expect: ValueError: day is out of range for month
# expect: ValueError: year 0 is out of range
# expect: ValueError: hour must be in 0..23
# expect: ValueError: minute must be in 0..59
# expect: ValueError: second must be in 0..59
# expect: ValueError: microsecond must be in 0..999999
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: TypeError: 'foo' is an invalid keyword argument for this function
# expect: TypeError: function missing required argument 'day' (pos 3)
# expect: TypeError: function takes at most 3 arguments (4 given)
# expect: OverflowError: days=1000000000; must have magnitude <= 999999999
# expect: TypeError: __new__() takes at most 7 arguments (8 given)
# expect: TypeError: 'foo' is an invalid keyword argument for __new__()
# expect: TypeError: unsupported type for timedelta days component: str
# expect: TypeError: unsupported operand type(s) for +: 'datetime.timedelta' and 'int'
# expect: TypeError: unsupported operand type(s) for +: 'int' and 'datetime.timedelta'
# expect: TypeError: '<' not supported between instances of 'datetime.timedelta' and 'int'
# expect: TypeError: can't compare datetime.datetime to datetime.date
# expect: TypeError: can't compare datetime.datetime to datetime.date
# expect: TypeError: unsupported operand type(s) for -: 'datetime.datetime' and 'datetime.date'
# expect: TypeError: unsupported operand type(s) for -: 'datetime.date' and 'datetime.datetime'
# expect: TypeError: unsupported operand type(s) for +: 'datetime.datetime' and 'datetime.datetime'
# expect: ZeroDivisionError: integer division or modulo by zero
# expect: ZeroDivisionError: integer division or modulo by zero
# expect: ZeroDivisionError: division by zero
# expect: OverflowError: date value out of range
# expect: OverflowError: date value out of range
# expect: TypeError: strftime() argument 1 must be str, not int
# expect: TypeError: tzinfo argument must be None or of a tzinfo subclass, not type 'int'
# expect: ValueError: Unknown timespec value
# expect: ValueError: Invalid isoformat string: '2020-1-1'
# expect: AttributeError: attribute 'year' of 'datetime.date' objects is not writable
# expect: AttributeError: attribute 'hour' of 'datetime.datetime' objects is not writable
