# A str argument of the wrong type: Argument Clinic's message names the function,
# the parameter (or its position) and the type given, None as "None".
import datetime, time, hashlib, types
def t(f):
    try: f()
    except TypeError as e: print(type(e).__name__, e)
t(lambda: "x".encode(1))  # expect: TypeError encode() argument 'encoding' must be str, not int
t(lambda: "x".encode("utf-8", 2))  # expect: TypeError encode() argument 'errors' must be str, not int
t(lambda: str(b"x", 1))  # expect: TypeError str() argument 'encoding' must be str, not int
t(lambda: str(b"x", "utf-8", 2.5))  # expect: TypeError str() argument 'errors' must be str, not float
t(lambda: b"x".decode(None))  # expect: TypeError decode() argument 'encoding' must be str, not None
t(lambda: b"x".decode("utf-8", []))  # expect: TypeError decode() argument 'errors' must be str, not list
t(lambda: bytes("x", 3))  # expect: TypeError bytes() argument 'encoding' must be str, not int
t(lambda: bytes("x", "utf-8", 3))  # expect: TypeError bytes() argument 'errors' must be str, not int
t(lambda: bytearray("x", 3))  # expect: TypeError bytearray() argument 'encoding' must be str, not int
t(lambda: bytearray("x", "ascii", 3))  # expect: TypeError bytearray() argument 'errors' must be str, not int
t(lambda: (5).to_bytes(2, 1))  # expect: TypeError to_bytes() argument 'byteorder' must be str, not int
t(lambda: memoryview(b"ab").cast(1))  # expect: TypeError cast() argument 'format' must be str, not int
t(lambda: types.ModuleType(3))  # expect: TypeError module() argument 'name' must be str, not int
t(lambda: hashlib.new(3))  # expect: TypeError name must be a string
t(lambda: open("/dev/null", 3))  # expect: TypeError open() argument 'mode' must be str, not int
t(lambda: compile("1", "f", 3))  # expect: TypeError compile() argument 'mode' must be str, not int
t(lambda: format(1, 2))  # expect: TypeError format() argument 2 must be str, not int
t(lambda: __import__(3))  # expect: TypeError module name must be a string
t(lambda: time.strftime(3))  # expect: TypeError strftime() argument 1 must be str, not int
t(lambda: datetime.date(2020,1,1).strftime(3))  # expect: TypeError strftime() argument 1 must be str, not int
t(lambda: format(datetime.date(2020,1,1), 3))  # expect: TypeError format() argument 2 must be str, not int
t(lambda: datetime.datetime(2020,1,1).isoformat("T", 3))  # expect: TypeError isoformat() argument 2 must be str, not int
t(lambda: datetime.time(1).isoformat(3))  # expect: TypeError isoformat() argument 1 must be str, not int
t(lambda: type(1, (), {}))  # expect: TypeError type.__new__() argument 1 must be str, not int
t(lambda: type("A", 1, {}))  # expect: TypeError type.__new__() argument 2 must be tuple, not int
t(lambda: type("A", (), 1))  # expect: TypeError type.__new__() argument 3 must be dict, not int
print(format(5), "x".encode(errors="strict"), bytes("é", "utf-8", "ignore"))  # expect: 5 b'x' b'\xc3\xa9'
