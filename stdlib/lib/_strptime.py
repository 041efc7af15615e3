"""strptime for time.strptime and datetime.strptime (the C locale).

The format becomes one regular expression, a group per directive; the
matched fields are then combined as CPython's _strptime does (defaults of
1900-01-01 00:00:00, %I with %p, %j, %U/%W with a weekday).
"""

import re

_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
           'september', 'october', 'november', 'december']


def _names(names):
    # Longest first, so "march" is not matched as "mar".
    return '|'.join(sorted(names, key=len, reverse=True))


_PATTERNS = {
    'd': r'(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])',
    'f': r'(?P<f>[0-9]{1,6})',
    'H': r'(?P<H>2[0-3]|[0-1]\d|\d)',
    'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])',
    'j': r'(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
    'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])',
    'M': r'(?P<M>[0-5]\d|\d)',
    'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
    'U': r'(?P<U>5[0-3]|[0-4]\d|\d)',
    'w': r'(?P<w>[0-6])',
    'u': r'(?P<u>[1-7])',
    'W': r'(?P<W>5[0-3]|[0-4]\d|\d)',
    'y': r'(?P<y>\d\d)',
    'Y': r'(?P<Y>\d\d\d\d)',
    'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))',
    'a': '(?P<a>' + _names([d[:3] for d in _DAYS]) + ')',
    'A': '(?P<A>' + _names(_DAYS) + ')',
    'b': '(?P<b>' + _names([m[:3] for m in _MONTHS]) + ')',
    'B': '(?P<B>' + _names(_MONTHS) + ')',
    'p': '(?P<p>am|pm)',
    'Z': '(?P<Z>utc|gmt)',
    '%': '%',
}
_ALIASES = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S',
            'D': '%m/%d/%y', 'T': '%H:%M:%S', 'R': '%H:%M', 'e': '%d',
            'h': '%b', 'G': '%Y', 'V': '%W'}

_cache = {}


def _compile(format):
    regex = _cache.get(format)
    if regex is not None:
        return regex
    parts = []
    seen = set()
    i = 0
    fmt = format
    while i < len(fmt):
        c = fmt[i]
        if c != '%':
            parts.append(r'\s+' if c.isspace() else re.escape(c))
            i += 1
            continue
        if i + 1 >= len(fmt):
            raise ValueError("stray %% in format '%s'" % format)
        d = fmt[i + 1]
        if d in _ALIASES:
            fmt = fmt[:i] + _ALIASES[d] + fmt[i + 2:]
            continue
        if d not in _PATTERNS:
            raise ValueError("'%s' is a bad directive in format '%s'" % (d, format))
        pattern = _PATTERNS[d]
        if d in seen and d != '%':
            # A repeated directive must match the same text again.
            pattern = '(?P=%s)' % d
        seen.add(d)
        parts.append(pattern)
        i += 2
    regex = re.compile(''.join(parts), re.IGNORECASE)
    if len(_cache) > 100:
        _cache.clear()
    _cache[format] = regex
    return regex


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _month_days(year):
    return [31, 29 if _is_leap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _ordinal(year, month, day):
    days = _month_days(year)
    return _days_before_year(year) + sum(days[:month - 1]) + day


def _from_ordinal(n):
    """(year, month, day) of proleptic Gregorian ordinal n."""
    year = max(1, n // 366)
    while _days_before_year(year + 1) < n:
        year += 1
    rest = n - _days_before_year(year)
    days = _month_days(year)
    month = 1
    while rest > days[month - 1]:
        rest -= days[month - 1]
        month += 1
    return year, month, rest


def _parse(data_string, format):
    """The fields of data_string parsed with format: (year, month, day, hour,
    minute, second, weekday, julian, microsecond, utcoffset or None, tzname or
    None); a utcoffset is (seconds, microseconds)."""
    for name, arg in (('strptime() argument 1', data_string), ('strptime() argument 2', format)):
        if not isinstance(arg, str):
            raise TypeError(f"{name} must be str, not {type(arg).__name__}")
    found = _compile(format).match(data_string)
    if not found:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])
    g = {k: v for k, v in found.groupdict().items() if v is not None}
    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    weekday = julian = None
    offset = None
    week_of_year = None
    week_starts_monday = False
    if 'y' in g:
        year = int(g['y'])
        year += 2000 if year <= 68 else 1900
    if 'Y' in g:
        year = int(g['Y'])
    if 'm' in g:
        month = int(g['m'])
    if 'B' in g:
        month = _MONTHS.index(g['B'].lower()) + 1
    if 'b' in g:
        month = [m[:3] for m in _MONTHS].index(g['b'].lower()) + 1
    if 'd' in g:
        day = int(g['d'])
    if 'H' in g:
        hour = int(g['H'])
    if 'I' in g:
        hour = int(g['I'])
        ampm = g.get('p', '').lower()
        if ampm == 'pm' and hour != 12:
            hour += 12
        elif ampm in ('', 'am') and hour == 12:
            hour = 0
    if 'M' in g:
        minute = int(g['M'])
    if 'S' in g:
        second = int(g['S'])
    if 'f' in g:
        fraction = int(g['f'] + '0' * (6 - len(g['f'])))
    if 'A' in g:
        weekday = _DAYS.index(g['A'].lower())
    if 'a' in g:
        weekday = [d[:3] for d in _DAYS].index(g['a'].lower())
    if 'w' in g:
        weekday = (int(g['w']) - 1) % 7
    if 'u' in g:
        weekday = int(g['u']) - 1
    if 'j' in g:
        julian = int(g['j'])
    if 'U' in g:
        week_of_year = int(g['U'])
    if 'W' in g:
        week_of_year = int(g['W'])
        week_starts_monday = True
    if 'z' in g:
        z = g['z']
        if z == 'Z':
            offset = (0, 0)
        else:
            if z[3] == ':':
                z = z[:3] + z[4:]
                if len(z) > 5:
                    if z[5] != ':':
                        raise ValueError(f"Inconsistent use of : in {g['z']}")
                    z = z[:5] + z[6:]
            seconds = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
            fraction_us = int(z[8:] + '0' * (6 - len(z[8:]))) if z[8:] else 0
            if z[0] == '-':
                seconds, fraction_us = -seconds, -fraction_us
            offset = (seconds, fraction_us)
    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904  # a leap year, so Feb 29 is valid; 1900 is put back for time.strptime
        leap_year_fix = True
    elif year is None:
        year = 1900
    if julian is None and weekday is not None and week_of_year is not None:
        # Day of the year from the week number and the weekday; week 0 is the
        # part-week before the year's first Monday (%W) or Sunday (%U).
        first_weekday = (_ordinal(year, 1, 1) - 1) % 7  # 0 = Monday
        day_in_week = weekday
        if not week_starts_monday:
            first_weekday = (first_weekday + 1) % 7
            day_in_week = (weekday + 1) % 7
        if week_of_year == 0:
            julian = 1 + day_in_week - first_weekday
        else:
            week_0_length = (7 - first_weekday) % 7
            julian = 1 + week_0_length + 7 * (week_of_year - 1) + day_in_week
        if julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is not None:
        year, month, day = _from_ordinal(_days_before_year(year) + julian)
    else:
        days = _month_days(year)
        if day > days[month - 1]:
            raise ValueError("day is out of range for month")
        julian = _ordinal(year, month, day) - _days_before_year(year)
    if weekday is None:
        weekday = (_ordinal(year, month, day) - 1) % 7
    if leap_year_fix:
        year = 1900
    return (year, month, day, hour, minute, second, weekday, julian, fraction, offset, g.get('Z'))


def _strptime_time(data_string, format='%a %b %d %H:%M:%S %Y'):
    import time
    f = _parse(data_string, format)
    return time.struct_time(f[:8] + (-1,))


def _strptime_datetime(cls, data_string, format='%a %b %d %H:%M:%S %Y'):
    (year, month, day, hour, minute, second, weekday, julian, fraction,
     offset, tzname) = _parse(data_string, format)
    args = (year, month, day, hour, minute, second, fraction)
    if offset is not None:
        from datetime import timedelta, timezone
        delta = timedelta(seconds=offset[0], microseconds=offset[1])
        args += (timezone(delta, tzname) if tzname else timezone(delta),)
    return cls(*args)
