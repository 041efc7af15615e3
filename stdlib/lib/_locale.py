"""The C library's locale functions, for locale.py (written in coil).

coil never changes the process's C locale: an embedded interpreter shares
the process with its host, and the VM's own number formatting must not
depend on it. Instead this module keeps, per VM, the locale each category
was set to, and offers only the locales whose conventions are the C
locale's: "C", "POSIX", "C.UTF-8" (any spelling of its encoding) and ""
(taken from LC_ALL, LC_<category> and LANG). Any other name raises
Error("unsupported locale setting"), as CPython does on a system where that
locale is not installed. At start-up LC_CTYPE follows the environment, as
CPython's does; the other categories are "C".
"""

import os as _os

__all__ = ['setlocale', 'localeconv', 'strcoll', 'strxfrm', 'nl_langinfo',
           'getencoding', 'Error', 'CHAR_MAX', 'LC_CTYPE', 'LC_NUMERIC',
           'LC_TIME', 'LC_COLLATE', 'LC_MONETARY', 'LC_MESSAGES', 'LC_ALL',
           'CODESET', 'D_T_FMT', 'D_FMT', 'T_FMT', 'T_FMT_AMPM', 'AM_STR',
           'PM_STR', 'RADIXCHAR', 'THOUSEP', 'YESEXPR', 'NOEXPR', 'CRNCYSTR',
           'ERA', 'ERA_D_T_FMT', 'ERA_D_FMT', 'ERA_T_FMT', 'ALT_DIGITS']

CHAR_MAX = 127
LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6


class Error(Exception):
    pass


Error.__module__ = 'locale'

# glibc's categories in the order it lists them in a composite LC_ALL name;
# the six above are the ones Python names.
_GLIBC_CATEGORIES = ('LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE',
                     'LC_MONETARY', 'LC_MESSAGES', 'LC_PAPER', 'LC_NAME',
                     'LC_ADDRESS', 'LC_TELEPHONE', 'LC_MEASUREMENT',
                     'LC_IDENTIFICATION')


def _supported(name):
    """glibc's name for a locale with the C conventions, or None."""
    if name in ('C', 'POSIX'):
        return 'C'
    language, dot, encoding = name.partition('.')
    if language == 'C' and dot and encoding.replace('-', '').lower() == 'utf8':
        return name
    return None


def _environment_locale(category):
    for variable in ('LC_ALL', _GLIBC_CATEGORIES[category], 'LANG'):
        value = _os.environ.get(variable)
        if value:
            return value
    return 'C'


# What CPython decides at start-up from the environment: with the C or POSIX
# locale for LC_CTYPE it turns on UTF-8 mode (PEP 540) and, unless LC_ALL is
# set, coerces LC_CTYPE to C.UTF-8 (PEP 538).
_utf8_mode = _environment_locale(LC_CTYPE) in ('C', 'POSIX')
_ctype_coerced = _utf8_mode and not _os.environ.get('LC_ALL')


def _from_environment(category):
    if category == LC_CTYPE and _ctype_coerced and not _os.environ.get('LC_ALL'):
        return 'C.UTF-8'
    return _environment_locale(category)


# The locale of each of glibc's twelve categories (per VM: module state).
_current = ([_supported(_from_environment(LC_CTYPE)) or 'C']
            + ['C'] * (len(_GLIBC_CATEGORIES) - 1))


def _query_all():
    if all(name == _current[0] for name in _current):
        return _current[0]
    return ';'.join(f'{category}={name}'
                    for category, name in zip(_GLIBC_CATEGORIES, _current))


def setlocale(category, locale=None, /):
    """Activates/queries locale processing."""
    if not isinstance(category, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(category).__name__)
    if not 0 <= category <= LC_ALL:
        raise Error('unsupported locale setting')
    if locale is not None and not isinstance(locale, str):
        raise TypeError('setlocale() argument 2 must be str or None, not %s'
                        % type(locale).__name__)
    if locale is None:
        return _query_all() if category == LC_ALL else _current[category]
    categories = range(len(_GLIBC_CATEGORIES)) if category == LC_ALL else [category]
    chosen = {}
    for c in categories:
        name = locale or _from_environment(c)
        supported = _supported(name)
        if supported is None:
            raise Error('unsupported locale setting')
        chosen[c] = supported
    for c, name in chosen.items():
        _current[c] = name
    return _query_all() if category == LC_ALL else _current[category]


def localeconv():
    """Returns numeric and monetary locale-specific parameters."""
    # The C locale's values, in the order CPython's dict has them.
    return {'int_curr_symbol': '', 'currency_symbol': '',
            'mon_decimal_point': '', 'mon_thousands_sep': '',
            'mon_grouping': [], 'positive_sign': '', 'negative_sign': '',
            'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX,
            'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX,
            'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def _check_str(function, position, value):
    if not isinstance(value, str):
        raise TypeError('%s() argument %d must be str, not %s'
                        % (function, position, type(value).__name__))


def strcoll(os1, os2, /):
    """Compares two strings according to the locale (code points in C)."""
    _check_str('strcoll', 1, os1)
    _check_str('strcoll', 2, os2)
    return (os1 > os2) - (os1 < os2)


def strxfrm(string, /):
    """The string itself: the C locale collates by code point."""
    _check_str('strxfrm', 1, string)
    return string


def getencoding():
    """The codeset of the LC_CTYPE locale (coil's text I/O is UTF-8 anyway)."""
    return nl_langinfo(CODESET)


CODESET = 14
RADIXCHAR = 65536
THOUSEP = 65537
ABDAY_1, ABDAY_2, ABDAY_3, ABDAY_4, ABDAY_5, ABDAY_6, ABDAY_7 = range(131072, 131079)
DAY_1, DAY_2, DAY_3, DAY_4, DAY_5, DAY_6, DAY_7 = range(131079, 131086)
(ABMON_1, ABMON_2, ABMON_3, ABMON_4, ABMON_5, ABMON_6, ABMON_7, ABMON_8,
 ABMON_9, ABMON_10, ABMON_11, ABMON_12) = range(131086, 131098)
(MON_1, MON_2, MON_3, MON_4, MON_5, MON_6, MON_7, MON_8, MON_9, MON_10,
 MON_11, MON_12) = range(131098, 131110)
AM_STR = 131110
PM_STR = 131111
D_T_FMT = 131112
D_FMT = 131113
T_FMT = 131114
T_FMT_AMPM = 131115
ERA = 131116
ERA_D_FMT = 131118
ALT_DIGITS = 131119
ERA_D_T_FMT = 131120
ERA_T_FMT = 131121
CRNCYSTR = 262159
YESEXPR = 327680
NOEXPR = 327681

for _i in range(1, 8):
    __all__ += ['DAY_%d' % _i, 'ABDAY_%d' % _i]
for _i in range(1, 13):
    __all__ += ['MON_%d' % _i, 'ABMON_%d' % _i]
del _i

_DAYS = ('Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
         'Saturday')
_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July',
           'August', 'September', 'October', 'November', 'December')


def _langinfo_table():
    table = {RADIXCHAR: '.', THOUSEP: '', AM_STR: 'AM', PM_STR: 'PM',
             D_T_FMT: '%a %b %e %H:%M:%S %Y', D_FMT: '%m/%d/%y',
             T_FMT: '%H:%M:%S', T_FMT_AMPM: '%I:%M:%S %p', ERA: '',
             ERA_D_FMT: '', ALT_DIGITS: '', ERA_D_T_FMT: '', ERA_T_FMT: '',
             CRNCYSTR: '-', YESEXPR: '^[yY]', NOEXPR: '^[nN]'}
    for i, day in enumerate(_DAYS):
        table[DAY_1 + i] = day
        table[ABDAY_1 + i] = day[:3]
    for i, month in enumerate(_MONTHS):
        table[MON_1 + i] = month
        table[ABMON_1 + i] = month[:3]
    return table


_LANGINFO = _langinfo_table()


def nl_langinfo(key, /):
    """Return the value for the locale information associated with key."""
    if not isinstance(key, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(key).__name__)
    if key == CODESET:
        return 'UTF-8' if _current[LC_CTYPE] != 'C' else 'ANSI_X3.4-1968'
    try:
        return _LANGINFO[key]
    except KeyError:
        raise ValueError('unsupported langinfo constant') from None
