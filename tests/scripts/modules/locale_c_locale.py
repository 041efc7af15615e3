# locale: setlocale with the C locales, getlocale, localeconv, format_string, strcoll/strxfrm, nl_langinfo
import os
for _v in ('LC_ALL', 'LC_CTYPE', 'LC_NUMERIC', 'LC_COLLATE', 'LC_MONETARY', 'LC_TIME', 'LC_MESSAGES'):
    os.environ.pop(_v, None)
os.environ['LANG'] = 'C.UTF-8'
# Typical locale setup at the top of a script
import locale
print(locale.setlocale(locale.LC_ALL, ''))
print(locale.getlocale())
print(locale.getpreferredencoding(), locale.getpreferredencoding(False), locale.getencoding())
conv = locale.localeconv()
print(conv['decimal_point'], repr(conv['thousands_sep']), conv['grouping'])
print(locale.format_string('%d items cost %.2f', (1234567, 9876.5), grouping=True))
print(locale.format_string('%s and %r', ('a', 'b')))
print(locale.str(3.14159), locale.atof('2.5'), locale.atoi('-17'), locale.delocalize('1.5'), locale.localize('1234.5', grouping=True))
# Sorting words with strxfrm and strcoll
import locale, functools
locale.setlocale(locale.LC_COLLATE, '')
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'éclair']
print(sorted(words, key=locale.strxfrm))
print(sorted(words, key=functools.cmp_to_key(locale.strcoll)))
print(locale.strcoll('a', 'b'), locale.strcoll('b', 'a'), locale.strcoll('x', 'x'))
# Formatting numbers for a report
import locale
locale.setlocale(locale.LC_ALL, '')
rows = [('widgets', 1200, 3.5), ('gadgets', 25, 1999.99), ('gizmos', 1000000, 0.25)]
for name, qty, price in rows:
    print(locale.format_string('%-10s %8d %12.2f', (name, qty, qty * price), grouping=True))
print(locale.format_string('%.1f%%', 12.345))
print(locale.format_string('%(a)s=%(b)d', {'a': 'x', 'b': 3}))
print(f'{1234567:n}', format(1234.5, 'n'))
try:
    locale.format_string('%d %d', 5)
except (TypeError, IndexError) as e:
    print(type(e).__name__, e)

# expect: C.UTF-8
# expect: ('en_US', 'UTF-8')
# expect: UTF-8 UTF-8 UTF-8
# expect: . '' []
# expect: 1234567 items cost 9876.50
# expect: a and 'b'
# expect: 3.14159 2.5 -17 1.5 1234.5
# expect: ['Apple', 'Banana', 'apple', 'banana', 'cherry', 'éclair']
# expect: ['Apple', 'Banana', 'apple', 'banana', 'cherry', 'éclair']
# expect: -1 1 0
# expect: widgets        1200      4200.00
# expect: gadgets          25     49999.75
# expect: gizmos      1000000    250000.00
# expect: 12.3%
# expect: x=3
# expect: 1234567 1234.5
# expect: IndexError tuple index out of range
