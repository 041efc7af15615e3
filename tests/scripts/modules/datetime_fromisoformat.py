# fromisoformat as CPython 3.11 reads ISO 8601: basic and week dates, any separator, fractions, offsets, errors
from datetime import datetime, date, time
for s in ["2020-01-02", "20200102", "2020-W01-2", "2020W012", "2020-01-02T03", "2020-01-02T0304", "2020-01-02T03:04:05.1", "2020-01-02T03:04:05.1234567",
          "2020-01-02 03:04:05,123", "2020-01-02T03:04:05+01", "2020-01-02T03:04:05-0130", "2020-01-02T03:04:05+01:30:15.5", "2020-01-02T03:04Z", "2020-01-02T03:04:05z",
          "2020-01-02X03:04", "2020-01-02T24:00", "2020-01-02T", "2020-01-0", "2020-01-02T03:04:05+", "2020-01-02T03:04:05.", "2020-01-02T030405.123456+0100", "2020-01-02T03:04:05+24:00", "2020-01-02T25:00"]:
    for f in (datetime.fromisoformat, date.fromisoformat):
        try: print(repr(s), repr(f(s)))
        except Exception as e: print(repr(s), type(e).__name__, e)
for s in ["03:04", "T03:04", "0304", "03:04:05.5+01:00", "03", "03:04:05Z", "3:04", "03:04:05.1234567"]:
    try: print(repr(s), repr(time.fromisoformat(s)))
    except Exception as e: print(repr(s), type(e).__name__, e)

# expect: '2020-01-02' datetime.datetime(2020, 1, 2, 0, 0)
# expect: '2020-01-02' datetime.date(2020, 1, 2)
# expect: '20200102' datetime.datetime(2020, 1, 2, 0, 0)
# expect: '20200102' datetime.date(2020, 1, 2)
# expect: '2020-W01-2' datetime.datetime(2019, 12, 31, 0, 0)
# expect: '2020-W01-2' datetime.date(2019, 12, 31)
# expect: '2020W012' datetime.datetime(2019, 12, 31, 0, 0)
# expect: '2020W012' datetime.date(2019, 12, 31)
# expect: '2020-01-02T03' datetime.datetime(2020, 1, 2, 3, 0)
# expect: '2020-01-02T03' ValueError Invalid isoformat string: '2020-01-02T03'
# expect: '2020-01-02T0304' datetime.datetime(2020, 1, 2, 3, 4)
# expect: '2020-01-02T0304' ValueError Invalid isoformat string: '2020-01-02T0304'
# expect: '2020-01-02T03:04:05.1' datetime.datetime(2020, 1, 2, 3, 4, 5, 100000)
# expect: '2020-01-02T03:04:05.1' ValueError Invalid isoformat string: '2020-01-02T03:04:05.1'
# expect: '2020-01-02T03:04:05.1234567' datetime.datetime(2020, 1, 2, 3, 4, 5, 123456)
# expect: '2020-01-02T03:04:05.1234567' ValueError Invalid isoformat string: '2020-01-02T03:04:05.1234567'
# expect: '2020-01-02 03:04:05,123' datetime.datetime(2020, 1, 2, 3, 4, 5, 123000)
# expect: '2020-01-02 03:04:05,123' ValueError Invalid isoformat string: '2020-01-02 03:04:05,123'
# expect: '2020-01-02T03:04:05+01' datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=datetime.timezone(datetime.timedelta(seconds=3600)))
# expect: '2020-01-02T03:04:05+01' ValueError Invalid isoformat string: '2020-01-02T03:04:05+01'
# expect: '2020-01-02T03:04:05-0130' datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=81000)))
# expect: '2020-01-02T03:04:05-0130' ValueError Invalid isoformat string: '2020-01-02T03:04:05-0130'
# expect: '2020-01-02T03:04:05+01:30:15.5' datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=datetime.timezone(datetime.timedelta(seconds=5415, microseconds=500000)))
# expect: '2020-01-02T03:04:05+01:30:15.5' ValueError Invalid isoformat string: '2020-01-02T03:04:05+01:30:15.5'
# expect: '2020-01-02T03:04Z' datetime.datetime(2020, 1, 2, 3, 4, tzinfo=datetime.timezone.utc)
# expect: '2020-01-02T03:04Z' ValueError Invalid isoformat string: '2020-01-02T03:04Z'
# expect: '2020-01-02T03:04:05z' ValueError Invalid isoformat string: '2020-01-02T03:04:05z'
# expect: '2020-01-02T03:04:05z' ValueError Invalid isoformat string: '2020-01-02T03:04:05z'
# expect: '2020-01-02X03:04' datetime.datetime(2020, 1, 2, 3, 4)
# expect: '2020-01-02X03:04' ValueError Invalid isoformat string: '2020-01-02X03:04'
# expect: '2020-01-02T24:00' ValueError hour must be in 0..23
# expect: '2020-01-02T24:00' ValueError Invalid isoformat string: '2020-01-02T24:00'
# expect: '2020-01-02T' ValueError Invalid isoformat string: '2020-01-02T'
# expect: '2020-01-02T' ValueError Invalid isoformat string: '2020-01-02T'
# expect: '2020-01-0' ValueError Invalid isoformat string: '2020-01-0'
# expect: '2020-01-0' ValueError Invalid isoformat string: '2020-01-0'
# expect: '2020-01-02T03:04:05+' ValueError Invalid isoformat string: '2020-01-02T03:04:05+'
# expect: '2020-01-02T03:04:05+' ValueError Invalid isoformat string: '2020-01-02T03:04:05+'
# expect: '2020-01-02T03:04:05.' ValueError Invalid isoformat string: '2020-01-02T03:04:05.'
# expect: '2020-01-02T03:04:05.' ValueError Invalid isoformat string: '2020-01-02T03:04:05.'
# expect: '2020-01-02T030405.123456+0100' datetime.datetime(2020, 1, 2, 3, 4, 5, 123456, tzinfo=datetime.timezone(datetime.timedelta(seconds=3600)))
# expect: '2020-01-02T030405.123456+0100' ValueError Invalid isoformat string: '2020-01-02T030405.123456+0100'
# expect: '2020-01-02T03:04:05+24:00' ValueError offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not datetime.timedelta(days=1).
# expect: '2020-01-02T03:04:05+24:00' ValueError Invalid isoformat string: '2020-01-02T03:04:05+24:00'
# expect: '2020-01-02T25:00' ValueError hour must be in 0..23
# expect: '2020-01-02T25:00' ValueError Invalid isoformat string: '2020-01-02T25:00'
# expect: '03:04' datetime.time(3, 4)
# expect: 'T03:04' datetime.time(3, 4)
# expect: '0304' datetime.time(3, 4)
# expect: '03:04:05.5+01:00' datetime.time(3, 4, 5, 500000, tzinfo=datetime.timezone(datetime.timedelta(seconds=3600)))
# expect: '03' datetime.time(3, 0)
# expect: '03:04:05Z' datetime.time(3, 4, 5, tzinfo=datetime.timezone.utc)
# expect: '3:04' ValueError Invalid isoformat string: '3:04'
# expect: '03:04:05.1234567' datetime.time(3, 4, 5, 123456)
