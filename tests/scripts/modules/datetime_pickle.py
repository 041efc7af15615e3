# date/time/datetime pickle as CPython's packed state (fold from protocol 4), and the constructors take that state back, so CPython's pickles of them load
import pickle, datetime, copy
from datetime import date, time, timedelta, timezone
vals = [date(2024, 1, 2), date(1, 1, 1), datetime.datetime(2024, 1, 2, 3, 4, 5, 678901),
        datetime.datetime(2020, 5, 6, tzinfo=timezone.utc), time(13, 14, 15, 16), time(1, tzinfo=timezone(timedelta(hours=2))),
        datetime.datetime(2021, 11, 7, 1, 30, fold=1), time(1, fold=1), timedelta(days=-3, microseconds=5)]
for v in vals:
    for proto in (0, 2, 3, 4, 5):
        s = pickle.dumps(v, protocol=proto)
        back = pickle.loads(s)
        print(proto, repr(back), back == v, getattr(back, 'fold', '-'), s if proto in (2, 4) and type(v) is not datetime.datetime else len(s) if type(v) is not datetime.datetime else '')
    print(v.__reduce__(), copy.deepcopy(v) == v)
print(datetime.datetime(2021, 11, 7, 1, 30, fold=1).__reduce_ex__(4), time(1, fold=1).__reduce_ex__(2))
print(pickle.loads(b'\x80\x03cdatetime\ndate\nq\x00C\x04\x07\xe8\x01\x02q\x01\x85q\x02Rq\x03.'))
print(date(b'\x07\xe8\x01\x02'), datetime.datetime(b'\x07\xe8\x01\x02\x03\x04\x05\x00\x00\x01'), time(b'\x01\x02\x03\x00\x00\x09'))
class D(date): pass
print(pickle.loads(pickle.dumps(D(2000, 2, 29))), type(pickle.loads(pickle.dumps(D(2000, 2, 29)))).__name__)

# expect: 0 datetime.date(2024, 1, 2) True - 76
# expect: 2 datetime.date(2024, 1, 2) True - b'\x80\x02cdatetime\ndate\nq\x00c_codecs\nencode\nq\x01X\x05\x00\x00\x00\x07\xc3\xa8\x01\x02q\x02X\x06\x00\x00\x00latin1q\x03\x86q\x04Rq\x05\x85q\x06Rq\x07.'
# expect: 3 datetime.date(2024, 1, 2) True - 34
# expect: 4 datetime.date(2024, 1, 2) True - b'\x80\x04\x95 \x00\x00\x00\x00\x00\x00\x00\x8c\x08datetime\x94\x8c\x04date\x94\x93\x94C\x04\x07\xe8\x01\x02\x94\x85\x94R\x94.'
# expect: 5 datetime.date(2024, 1, 2) True - 43
# expect: (<class 'datetime.date'>, (b'\x07\xe8\x01\x02',)) True
# expect: 0 datetime.date(1, 1, 1) True - 81
# expect: 2 datetime.date(1, 1, 1) True - b'\x80\x02cdatetime\ndate\nq\x00c_codecs\nencode\nq\x01X\x04\x00\x00\x00\x00\x01\x01\x01q\x02X\x06\x00\x00\x00latin1q\x03\x86q\x04Rq\x05\x85q\x06Rq\x07.'
# expect: 3 datetime.date(1, 1, 1) True - 34
# expect: 4 datetime.date(1, 1, 1) True - b'\x80\x04\x95 \x00\x00\x00\x00\x00\x00\x00\x8c\x08datetime\x94\x8c\x04date\x94\x93\x94C\x04\x00\x01\x01\x01\x94\x85\x94R\x94.'
# expect: 5 datetime.date(1, 1, 1) True - 43
# expect: (<class 'datetime.date'>, (b'\x00\x01\x01\x01',)) True
# expect: 0 datetime.datetime(2024, 1, 2, 3, 4, 5, 678901) True 0 
# expect: 2 datetime.datetime(2024, 1, 2, 3, 4, 5, 678901) True 0 
# expect: 3 datetime.datetime(2024, 1, 2, 3, 4, 5, 678901) True 0 
# expect: 4 datetime.datetime(2024, 1, 2, 3, 4, 5, 678901) True 0 
# expect: 5 datetime.datetime(2024, 1, 2, 3, 4, 5, 678901) True 0 
# expect: (<class 'datetime.datetime'>, (b'\x07\xe8\x01\x02\x03\x04\x05\n[\xf5',)) True
# expect: 0 datetime.datetime(2020, 5, 6, 0, 0, tzinfo=datetime.timezone.utc) True 0 
# expect: 2 datetime.datetime(2020, 5, 6, 0, 0, tzinfo=datetime.timezone.utc) True 0 
# expect: 3 datetime.datetime(2020, 5, 6, 0, 0, tzinfo=datetime.timezone.utc) True 0 
# expect: 4 datetime.datetime(2020, 5, 6, 0, 0, tzinfo=datetime.timezone.utc) True 0 
# expect: 5 datetime.datetime(2020, 5, 6, 0, 0, tzinfo=datetime.timezone.utc) True 0 
# expect: (<class 'datetime.datetime'>, (b'\x07\xe4\x05\x06\x00\x00\x00\x00\x00\x00', datetime.timezone.utc)) True
# expect: 0 datetime.time(13, 14, 15, 16) True 0 93
# expect: 2 datetime.time(13, 14, 15, 16) True 0 b'\x80\x02cdatetime\ntime\nq\x00c_codecs\nencode\nq\x01X\x06\x00\x00\x00\r\x0e\x0f\x00\x00\x10q\x02X\x06\x00\x00\x00latin1q\x03\x86q\x04Rq\x05\x85q\x06Rq\x07.'
# expect: 3 datetime.time(13, 14, 15, 16) True 0 36
# expect: 4 datetime.time(13, 14, 15, 16) True 0 b'\x80\x04\x95"\x00\x00\x00\x00\x00\x00\x00\x8c\x08datetime\x94\x8c\x04time\x94\x93\x94C\x06\r\x0e\x0f\x00\x00\x10\x94\x85\x94R\x94.'
# expect: 5 datetime.time(13, 14, 15, 16) True 0 45
# expect: (<class 'datetime.time'>, (b'\r\x0e\x0f\x00\x00\x10',)) True
# expect: 0 datetime.time(1, 0, tzinfo=datetime.timezone(datetime.timedelta(seconds=7200))) True 0 182
# expect: 2 datetime.time(1, 0, tzinfo=datetime.timezone(datetime.timedelta(seconds=7200))) True 0 b'\x80\x02cdatetime\ntime\nq\x00c_codecs\nencode\nq\x01X\x06\x00\x00\x00\x01\x00\x00\x00\x00\x00q\x02X\x06\x00\x00\x00latin1q\x03\x86q\x04Rq\x05cdatetime\ntimezone\nq\x06cdatetime\ntimedelta\nq\x07K\x00M \x1cK\x00\x87q\x08Rq\t\x85q\nRq\x0b\x86q\x0cRq\r.'
# expect: 3 datetime.time(1, 0, tzinfo=datetime.timezone(datetime.timedelta(seconds=7200))) True 0 98
# expect: 4 datetime.time(1, 0, tzinfo=datetime.timezone(datetime.timedelta(seconds=7200))) True 0 b'\x80\x04\x95P\x00\x00\x00\x00\x00\x00\x00\x8c\x08datetime\x94\x8c\x04time\x94\x93\x94C\x06\x01\x00\x00\x00\x00\x00\x94h\x00\x8c\x08timezone\x94\x93\x94h\x00\x8c\ttimedelta\x94\x93\x94K\x00M \x1cK\x00\x87\x94R\x94\x85\x94R\x94\x86\x94R\x94.'
# expect: 5 datetime.time(1, 0, tzinfo=datetime.timezone(datetime.timedelta(seconds=7200))) True 0 91
# expect: (<class 'datetime.time'>, (b'\x01\x00\x00\x00\x00\x00', datetime.timezone(datetime.timedelta(seconds=7200)))) True
# expect: 0 datetime.datetime(2021, 11, 7, 1, 30) True 0 
# expect: 2 datetime.datetime(2021, 11, 7, 1, 30) True 0 
# expect: 3 datetime.datetime(2021, 11, 7, 1, 30) True 0 
# expect: 4 datetime.datetime(2021, 11, 7, 1, 30, fold=1) True 1 
# expect: 5 datetime.datetime(2021, 11, 7, 1, 30, fold=1) True 1 
# expect: (<class 'datetime.datetime'>, (b'\x07\xe5\x0b\x07\x01\x1e\x00\x00\x00\x00',)) True
# expect: 0 datetime.time(1, 0) True 0 103
# expect: 2 datetime.time(1, 0) True 0 b'\x80\x02cdatetime\ntime\nq\x00c_codecs\nencode\nq\x01X\x06\x00\x00\x00\x01\x00\x00\x00\x00\x00q\x02X\x06\x00\x00\x00latin1q\x03\x86q\x04Rq\x05\x85q\x06Rq\x07.'
# expect: 3 datetime.time(1, 0) True 0 36
# expect: 4 datetime.time(1, 0, fold=1) True 1 b'\x80\x04\x95"\x00\x00\x00\x00\x00\x00\x00\x8c\x08datetime\x94\x8c\x04time\x94\x93\x94C\x06\x81\x00\x00\x00\x00\x00\x94\x85\x94R\x94.'
# expect: 5 datetime.time(1, 0, fold=1) True 1 45
# expect: (<class 'datetime.time'>, (b'\x01\x00\x00\x00\x00\x00',)) True
# expect: 0 datetime.timedelta(days=-3, microseconds=5) True - 43
# expect: 2 datetime.timedelta(days=-3, microseconds=5) True - b'\x80\x02cdatetime\ntimedelta\nq\x00J\xfd\xff\xff\xffK\x00K\x05\x87q\x01Rq\x02.'
# expect: 3 datetime.timedelta(days=-3, microseconds=5) True - 40
# expect: 4 datetime.timedelta(days=-3, microseconds=5) True - b"\x80\x04\x95'\x00\x00\x00\x00\x00\x00\x00\x8c\x08datetime\x94\x8c\ttimedelta\x94\x93\x94J\xfd\xff\xff\xffK\x00K\x05\x87\x94R\x94."
# expect: 5 datetime.timedelta(days=-3, microseconds=5) True - 50
# expect: (<class 'datetime.timedelta'>, (-3, 0, 5)) True
# expect: (<class 'datetime.datetime'>, (b'\x07\xe5\x8b\x07\x01\x1e\x00\x00\x00\x00',)) (<class 'datetime.time'>, (b'\x01\x00\x00\x00\x00\x00',))
# expect: 2024-01-02
# expect: 2024-01-02 2024-01-02 03:04:05.000001 01:02:03.000009
# expect: 2000-02-29 D
