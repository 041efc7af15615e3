# locale: unsupported locales raise locale.Error; composite LC_ALL names; normalize and the alias tables
import os
for _v in ('LC_ALL', 'LC_CTYPE', 'LC_NUMERIC', 'LC_COLLATE', 'LC_MONETARY', 'LC_TIME', 'LC_MESSAGES'):
    os.environ.pop(_v, None)
os.environ['LANG'] = 'C.UTF-8'
# Trying locales that may not be installed
import locale
for name in ['C', 'POSIX', 'C.UTF-8', 'de_DE.UTF-8', 'xx_YY', ('en_US', 'UTF-8')]:
    try:
        print(name, '->', locale.setlocale(locale.LC_NUMERIC, name))
    except locale.Error as e:
        print(name, 'Error:', e)
print(locale.setlocale(locale.LC_NUMERIC))
print(locale.setlocale(locale.LC_ALL))
locale.setlocale(locale.LC_ALL, 'C')
print(locale.setlocale(locale.LC_ALL), locale.getlocale(), locale.getlocale(locale.LC_NUMERIC))
try:
    print(locale.currency(12.5))
except ValueError as e:
    print('ValueError', e)
print(locale.Error.__mro__[1].__name__)
# normalize and the alias engine
import locale
for name in ['en_US.utf8', 'de_DE', 'fr', 'C', 'ja_JP.eucjp', 'en_GB.ISO8859-15', 'sr@latin', 'zz_ZZ.utf8']:
    print(name, '->', locale.normalize(name))
print(locale._parse_localename('de_DE.ISO8859-1'), locale._build_localename(('en_US', 'UTF-8')))
print(locale.nl_langinfo(locale.CODESET), locale.nl_langinfo(locale.D_T_FMT), locale.nl_langinfo(locale.DAY_2), locale.nl_langinfo(locale.ABMON_12), locale.nl_langinfo(locale.RADIXCHAR))
print(locale.LC_ALL, locale.LC_CTYPE, locale.CHAR_MAX, locale.LC_MESSAGES)

# expect: C -> C
# expect: POSIX -> C
# expect: C.UTF-8 -> C.UTF-8
# expect: de_DE.UTF-8 Error: unsupported locale setting
# expect: xx_YY Error: unsupported locale setting
# expect: ('en_US', 'UTF-8') Error: unsupported locale setting
# expect: C.UTF-8
# expect: LC_CTYPE=C.UTF-8;LC_NUMERIC=C.UTF-8;LC_TIME=C;LC_COLLATE=C;LC_MONETARY=C;LC_MESSAGES=C;LC_PAPER=C;LC_NAME=C;LC_ADDRESS=C;LC_TELEPHONE=C;LC_MEASUREMENT=C;LC_IDENTIFICATION=C
# expect: C (None, None) (None, None)
# expect: ValueError Currency formatting is not possible using the 'C' locale.
# expect: Exception
# expect: en_US.utf8 -> en_US.UTF-8
# expect: de_DE -> de_DE.ISO8859-1
# expect: fr -> fr_FR.ISO8859-1
# expect: C -> C
# expect: ja_JP.eucjp -> ja_JP.eucJP
# expect: en_GB.ISO8859-15 -> en_GB.ISO8859-15
# expect: sr@latin -> sr_RS.UTF-8@latin
# expect: zz_ZZ.utf8 -> zz_ZZ.utf8
# expect: ('de_DE', 'ISO8859-1') en_US.UTF-8
# expect: ANSI_X3.4-1968 %a %b %e %H:%M:%S %Y Monday Dec .
# expect: 6 0 127 5
