# re.RegexFlag: an int subclass printed as CPython 3.11's IntFlag members.
import re
print(repr(re.I | re.M), str(re.I), re.I | 1, re.I | re.S | 512, ~re.I, re.I & 2, re.A + 1)
print(f'{re.I}', format(re.I, 'x'), int(re.M), re.RegexFlag(2), re.RegexFlag(0), re.I.name, re.I.value)
print(re.I == 2, 2 == re.I, re.I in (2,), {re.I: 1}.get(2), re.RegexFlag.__name__, isinstance(re.I, int), type(re.I|re.M).__name__, type(re.I + 1).__name__)
flags = 0
flags |= re.I
flags |= re.X
print(flags, bool(flags & re.I), bool(flags & re.M), re.compile('a b', flags), type(flags).__name__)
print(re.compile('a', re.I).flags, type(re.compile('a', re.I).flags).__name__, re.M | re.I, [re.U], re.NOFLAG, ~re.NOFLAG)
print(sum([re.I, re.M]), max(re.I, re.M), sorted([re.M, re.I]))

# expect: re.IGNORECASE|re.MULTILINE re.IGNORECASE re.IGNORECASE|re.TEMPLATE re.IGNORECASE|re.DOTALL|0x200 re.ASCII|re.LOCALE|re.UNICODE|re.MULTILINE|re.DOTALL|re.VERBOSE|re.TEMPLATE|re.DEBUG re.IGNORECASE 257
# expect: re.IGNORECASE 2 8 re.IGNORECASE re.NOFLAG IGNORECASE 2
# expect: True True True 1 RegexFlag True RegexFlag int
# expect: re.IGNORECASE|re.VERBOSE True False re.compile('a b', re.IGNORECASE|re.VERBOSE) RegexFlag
# expect: 34 int re.IGNORECASE|re.MULTILINE [re.UNICODE] re.NOFLAG re.ASCII|re.IGNORECASE|re.LOCALE|re.UNICODE|re.MULTILINE|re.DOTALL|re.VERBOSE|re.TEMPLATE|re.DEBUG
# expect: 10 re.MULTILINE [re.IGNORECASE, re.MULTILINE]
