# The TypeErrors of functions written in C++ when their arguments do not
# fit their signature (vm/args.hpp), in CPython 3.11's wording for each
# calling convention: Argument Clinic (keywords), METH_NOARGS/METH_O,
# _PyArg_CheckPositional, PyArg_ParseTuple, slot wrappers, and asyncio's
# loop methods, which CPython writes in Python.
import asyncio
import datetime
import itertools
import math

d = datetime.date(2020, 1, 1)
dt = datetime.datetime(2020, 1, 1)
t = datetime.time(1)
td = datetime.timedelta(1)

CASES = [
    # str: keywords (clinic), positional-only, PyArg_ParseTuple
    '"a".split(1, 2, 3)', '"a".split(foo=1)', '"a".split(None, sep=None)',
    '"a".split(sep=1, maxsplit=2, x=3)', '"a".split(1, maxsplit=2, x=3)',
    '"a".encode(x=1)', '"a".encode(encoding="x", errors="y", z=1)',
    '"a".splitlines(keepends=1, x=2)', '"a".expandtabs(1, 2)',
    '"a".zfill()', '"a".center()', '"a".lower(1)', '"a".lower(x=1)', '"a".find()',
    '"a".replace("a", "b", count=1)',
    # builtins
    'format()', 'format(1, format_spec="")', 'format(1, 2, 3)',
    'pow(1)', 'pow(1, 2, 3, 4)', 'pow(1, 2, 3, x=1)', 'pow(base=1)',
    'round()', 'round(1, 2, 3)', 'round(number=1, x=2)', 'round(1, ndigits=2, x=3)',
    'compile()', 'compile(1, 2)', 'compile(1, 2, 3, x=1)',
    'len()', 'len(1, 2)', 'len(x=1)', 'isinstance(1)', 'divmod(1)',
    # itertools
    'itertools.count(1, 2, 3)', 'itertools.count(x=1)', 'itertools.repeat()',
    'itertools.permutations()', 'itertools.accumulate()', 'itertools.groupby()',
    'itertools.compress(1)', 'itertools.combinations([1])',
    # datetime
    'datetime.date(1)', 'datetime.date(1, 2, 3, 4)', 'datetime.date(1, 2, day=3, x=1)',
    'datetime.date(1, 2, x=1)', 'datetime.date(year=1, month=2)',
    'datetime.timedelta(1, 2, 3, 4, 5, 6, 7, 8)', 'datetime.timedelta(foo=1)',
    'datetime.datetime(2020, 1, 1, 0, 0, 0, 0, None, 0)', 'datetime.time(1, 2, 3, 4, None, 0, 1)',
    'd.weekday(1)', 'd.weekday(x=1)', 'dt.weekday(1)', 'td.total_seconds(1)', 'dt.timestamp(1)',
    'd.isoformat(1)', 'dt.isoformat(1, 2, 3)', 'dt.isoformat(x=1)', 'd.strftime()',
    'd.replace(1, 2, 3, 4)', 'dt.replace(1, 2, 3, 4, 5, 6, 7, 8, 9)', 't.replace(1, 2, 3, 4, 5, 6, 7)',
    'dt.astimezone(1, 2)', 'datetime.datetime.combine()', 'datetime.datetime.fromtimestamp()',
    'datetime.datetime.now(1, 2)', 'datetime.date.today(1)', 'datetime.datetime.today(1)',
    'datetime.datetime.utcnow(1)', 'dt.date(1)', 'dt.time(1)', 'dt.timetz(1)', 't.isoformat(1, 2)',
    'dt.utcoffset(1)', 't.tzname(1)', 'd.__reduce__(1)', 'dt.__reduce__(1)', 'td.__reduce__(1)',
    'd.ctime(1)', 'dt.ctime(1)', 'd.timetuple(1)', 'dt.timetuple(1)', 'dt.utctimetuple(1)',
    'td.__abs__(1)',
    # math: METH_O and METH_FASTCALL functions
    'math.sqrt()', 'math.sqrt(x=1)', 'math.pow(1)', 'math.pow(1, y=2)', 'math.ldexp(1, x=2)',
    'math.comb(1, k=2)', 'math.perm(1, 2, 3)', 'math.dist(1)', 'math.atan2(1, x=2)',
    'math.copysign(1)', 'math.fmod(1, y=1)', 'math.gcd(x=1)', 'math.isclose(1)',
]

for case in CASES:
    try:
        eval(case)
        print(case, 'OK')
    except TypeError as e:
        print(case, '->', e)


async def coro():
    pass


async def main():
    loop = asyncio.get_running_loop()
    for case in ['loop.create_task(x=1)', 'loop.create_task(1, 2)',
                 'asyncio.Future().add_done_callback()',
                 'asyncio.Future().add_done_callback(1, 2)']:
        try:
            eval(case)
            print(case, 'OK')
        except TypeError as e:
            print(case, '->', e)

asyncio.run(main())
# expect: "a".split(1, 2, 3) -> split() takes at most 2 arguments (3 given)
# expect: "a".split(foo=1) -> 'foo' is an invalid keyword argument for split()
# expect: "a".split(None, sep=None) -> argument for split() given by name ('sep') and position (1)
# expect: "a".split(sep=1, maxsplit=2, x=3) -> split() takes at most 2 keyword arguments (3 given)
# expect: "a".split(1, maxsplit=2, x=3) -> split() takes at most 2 arguments (3 given)
# expect: "a".encode(x=1) -> 'x' is an invalid keyword argument for encode()
# expect: "a".encode(encoding="x", errors="y", z=1) -> encode() takes at most 2 keyword arguments (3 given)
# expect: "a".splitlines(keepends=1, x=2) -> splitlines() takes at most 1 keyword argument (2 given)
# expect: "a".expandtabs(1, 2) -> expandtabs() takes at most 1 argument (2 given)
# expect: "a".zfill() -> str.zfill() takes exactly one argument (0 given)
# expect: "a".center() -> center expected at least 1 argument, got 0
# expect: "a".lower(1) -> str.lower() takes no arguments (1 given)
# expect: "a".lower(x=1) -> str.lower() takes no keyword arguments
# expect: "a".find() -> find() takes at least 1 argument (0 given)
# expect: "a".replace("a", "b", count=1) -> str.replace() takes no keyword arguments
# expect: format() -> format expected at least 1 argument, got 0
# expect: format(1, format_spec="") -> format() takes no keyword arguments
# expect: format(1, 2, 3) -> format expected at most 2 arguments, got 3
# expect: pow(1) -> pow() missing required argument 'exp' (pos 2)
# expect: pow(1, 2, 3, 4) -> pow() takes at most 3 arguments (4 given)
# expect: pow(1, 2, 3, x=1) -> pow() takes at most 3 arguments (4 given)
# expect: pow(base=1) -> pow() missing required argument 'exp' (pos 2)
# expect: round() -> round() missing required argument 'number' (pos 1)
# expect: round(1, 2, 3) -> round() takes at most 2 arguments (3 given)
# expect: round(number=1, x=2) -> 'x' is an invalid keyword argument for round()
# expect: round(1, ndigits=2, x=3) -> round() takes at most 2 arguments (3 given)
# expect: compile() -> compile() missing required argument 'source' (pos 1)
# expect: compile(1, 2) -> compile() missing required argument 'mode' (pos 3)
# expect: compile(1, 2, 3, x=1) -> 'x' is an invalid keyword argument for compile()
# expect: len() -> len() takes exactly one argument (0 given)
# expect: len(1, 2) -> len() takes exactly one argument (2 given)
# expect: len(x=1) -> len() takes no keyword arguments
# expect: isinstance(1) -> isinstance expected 2 arguments, got 1
# expect: divmod(1) -> divmod expected 2 arguments, got 1
# expect: itertools.count(1, 2, 3) -> count() takes at most 2 arguments (3 given)
# expect: itertools.count(x=1) -> 'x' is an invalid keyword argument for count()
# expect: itertools.repeat() -> repeat() missing required argument 'object' (pos 1)
# expect: itertools.permutations() -> permutations() missing required argument 'iterable' (pos 1)
# expect: itertools.accumulate() -> accumulate() missing required argument 'iterable' (pos 1)
# expect: itertools.groupby() -> groupby() missing required argument 'iterable' (pos 1)
# expect: itertools.compress(1) -> compress() missing required argument 'selectors' (pos 2)
# expect: itertools.combinations([1]) -> combinations() missing required argument 'r' (pos 2)
# expect: datetime.date(1) -> function missing required argument 'month' (pos 2)
# expect: datetime.date(1, 2, 3, 4) -> function takes at most 3 arguments (4 given)
# expect: datetime.date(1, 2, day=3, x=1) -> function takes at most 3 arguments (4 given)
# expect: datetime.date(1, 2, x=1) -> function missing required argument 'day' (pos 3)
# expect: datetime.date(year=1, month=2) -> function missing required argument 'day' (pos 3)
# expect: datetime.timedelta(1, 2, 3, 4, 5, 6, 7, 8) -> __new__() takes at most 7 arguments (8 given)
# expect: datetime.timedelta(foo=1) -> 'foo' is an invalid keyword argument for __new__()
# expect: datetime.datetime(2020, 1, 1, 0, 0, 0, 0, None, 0) -> function takes at most 8 positional arguments (9 given)
# expect: datetime.time(1, 2, 3, 4, None, 0, 1) -> function takes at most 6 arguments (7 given)
# expect: d.weekday(1) -> date.weekday() takes no arguments (1 given)
# expect: d.weekday(x=1) -> date.weekday() takes no keyword arguments
# expect: dt.weekday(1) -> date.weekday() takes no arguments (1 given)
# expect: td.total_seconds(1) -> timedelta.total_seconds() takes no arguments (1 given)
# expect: dt.timestamp(1) -> datetime.timestamp() takes no arguments (1 given)
# expect: d.isoformat(1) -> date.isoformat() takes no arguments (1 given)
# expect: dt.isoformat(1, 2, 3) -> isoformat() takes at most 2 arguments (3 given)
# expect: dt.isoformat(x=1) -> 'x' is an invalid keyword argument for isoformat()
# expect: d.strftime() -> strftime() missing required argument 'format' (pos 1)
# expect: d.replace(1, 2, 3, 4) -> replace() takes at most 3 arguments (4 given)
# expect: dt.replace(1, 2, 3, 4, 5, 6, 7, 8, 9) -> replace() takes at most 8 positional arguments (9 given)
# expect: t.replace(1, 2, 3, 4, 5, 6, 7) -> replace() takes at most 6 arguments (7 given)
# expect: dt.astimezone(1, 2) -> astimezone() takes at most 1 argument (2 given)
# expect: datetime.datetime.combine() -> combine() missing required argument 'date' (pos 1)
# expect: datetime.datetime.fromtimestamp() -> fromtimestamp() missing required argument 'timestamp' (pos 1)
# expect: datetime.datetime.now(1, 2) -> now() takes at most 1 argument (2 given)
# expect: datetime.date.today(1) -> date.today() takes no arguments (1 given)
# expect: datetime.datetime.today(1) -> datetime.today() takes no arguments (1 given)
# expect: datetime.datetime.utcnow(1) -> datetime.utcnow() takes no arguments (1 given)
# expect: dt.date(1) -> datetime.date() takes no arguments (1 given)
# expect: dt.time(1) -> datetime.time() takes no arguments (1 given)
# expect: dt.timetz(1) -> datetime.timetz() takes no arguments (1 given)
# expect: t.isoformat(1, 2) -> isoformat() takes at most 1 argument (2 given)
# expect: dt.utcoffset(1) -> datetime.utcoffset() takes no arguments (1 given)
# expect: t.tzname(1) -> time.tzname() takes no arguments (1 given)
# expect: d.__reduce__(1) -> date.__reduce__() takes no arguments (1 given)
# expect: dt.__reduce__(1) -> datetime.__reduce__() takes no arguments (1 given)
# expect: td.__reduce__(1) -> timedelta.__reduce__() takes no arguments (1 given)
# expect: d.ctime(1) -> date.ctime() takes no arguments (1 given)
# expect: dt.ctime(1) -> datetime.ctime() takes no arguments (1 given)
# expect: d.timetuple(1) -> date.timetuple() takes no arguments (1 given)
# expect: dt.timetuple(1) -> datetime.timetuple() takes no arguments (1 given)
# expect: dt.utctimetuple(1) -> datetime.utctimetuple() takes no arguments (1 given)
# expect: td.__abs__(1) -> expected 0 arguments, got 1
# expect: math.sqrt() -> math.sqrt() takes exactly one argument (0 given)
# expect: math.sqrt(x=1) -> math.sqrt() takes no keyword arguments
# expect: math.pow(1) -> pow expected 2 arguments, got 1
# expect: math.pow(1, y=2) -> math.pow() takes no keyword arguments
# expect: math.ldexp(1, x=2) -> math.ldexp() takes no keyword arguments
# expect: math.comb(1, k=2) -> math.comb() takes no keyword arguments
# expect: math.perm(1, 2, 3) -> perm expected at most 2 arguments, got 3
# expect: math.dist(1) -> dist expected 2 arguments, got 1
# expect: math.atan2(1, x=2) -> math.atan2() takes no keyword arguments
# expect: math.copysign(1) -> copysign expected 2 arguments, got 1
# expect: math.fmod(1, y=1) -> math.fmod() takes no keyword arguments
# expect: math.gcd(x=1) -> math.gcd() takes no keyword arguments
# expect: math.isclose(1) -> isclose() missing required argument 'b' (pos 2)
# expect: loop.create_task(x=1) -> BaseEventLoop.create_task() got an unexpected keyword argument 'x'
# expect: loop.create_task(1, 2) -> BaseEventLoop.create_task() takes 2 positional arguments but 3 were given
# expect: asyncio.Future().add_done_callback() -> add_done_callback() takes exactly 1 positional argument (0 given)
# expect: asyncio.Future().add_done_callback(1, 2) -> add_done_callback() takes exactly 1 positional argument (2 given)
