# Flags: IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII, inline and scoped flags.
import re

print(re.I, re.IGNORECASE == re.I, re.M | re.S, re.X, re.A, re.U, re.NOFLAG)
print(re.findall('ab', 'AB ab Ab', re.I))
print(re.findall('[a-c]+', 'ABC xyz abc', re.IGNORECASE))
print(re.findall('[^a-c]+', 'ABCxyz', re.I))
print(re.findall(r'^\w+', 'one\ntwo\nthree', re.M), re.findall(r'^\w+', 'one\ntwo'))
print(re.findall(r'\w+$', 'one\ntwo\nthree', re.M), re.findall(r'\w+$', 'one\ntwo\n'))
print(re.findall('a.b', 'a\nb axb'), re.findall('a.b', 'a\nb axb', re.S))
print(re.match(r'''
    (\d{3})   # area
    [-\s]?    # separator
    (\d{4})   # number
''', '555-1234', re.VERBOSE).groups())
print(re.match(r'(?x) a b c  # comment', 'abc'))
print(re.match(r'[ ]a (?x) [ ] b', ' a  b') if False else re.match(r'(?x)[ ]a\ b', ' a b'))
print(re.findall(r'\w+', 'naïve café', re.A), re.findall(r'\w+', 'naïve café'))
print(re.findall(r'\d', '1٣2'), re.findall(r'\d', '1٣2', re.ASCII))
print(re.match(r'(?i)straße', 'STRASSE'), re.match(r'(?i)é', 'É'))
print(re.match(r'a(?i:b)c', 'aBc'), re.match(r'a(?i:b)c', 'aBC'))
print(re.match(r'(?i)a(?-i:b)c', 'AbC'), re.match(r'(?i)a(?-i:b)c', 'ABC'))
print(re.match(r'(?s:.)', '\n'), re.match(r'(?m:^b)', 'a\nb'))
print(re.search(r'(?m:^b)', 'a\nb'))
p = re.compile(r'(?ims)x')
print(p.flags == re.I | re.M | re.S | re.U, p)
print(re.compile('a', re.X | re.A), re.compile(b'a', re.I), re.compile('a', re.U))
print(re.compile('a').flags, re.compile(b'a').flags)
print(re.findall(r'(?i)[k]', 'kK\u212a'))
print(re.findall(r'\bfoo\b', 'foo foobar (foo)'))
print(re.findall(r'\Bo\B', 'foo boot'))
print(re.search(r'\b', ''), re.search(r'\B', ''), re.search(r'\B', 'a'))
print(re.findall(r'\s+', 'a \t\n\x0bb\x1cc'), re.findall(r'\s', '\x1c\x85', re.A))
print(repr(re.I | re.M), str(re.I), re.I | 1, re.I | re.S | 512, ~re.I, re.I & 2, re.A + 1)
print(f'{re.I}', format(re.I, 'x'), int(re.M), re.RegexFlag(2), re.RegexFlag(0), re.I.name, re.I.value)
print(re.I == 2, 2 == re.I, re.I in (2,), {re.I: 1}.get(2), re.RegexFlag.__name__)
flags = 0
flags |= re.I
flags |= re.X
print(flags, bool(flags & re.I), bool(flags & re.M), re.compile('a b', flags))

# expect: re.IGNORECASE True re.MULTILINE|re.DOTALL re.VERBOSE re.ASCII re.UNICODE re.NOFLAG
# expect: ['AB', 'ab', 'Ab']
# expect: ['ABC', 'abc']
# expect: ['xyz']
# expect: ['one', 'two', 'three'] ['one']
# expect: ['one', 'two', 'three'] ['two']
# expect: ['axb'] ['a\nb', 'axb']
# expect: ('555', '1234')
# expect: <re.Match object; span=(0, 3), match='abc'>
# expect: <re.Match object; span=(0, 4), match=' a b'>
# expect: ['na', 've', 'caf'] ['naïve', 'café']
# expect: ['1', '٣', '2'] ['1', '2']
# expect: None <re.Match object; span=(0, 1), match='É'>
# expect: <re.Match object; span=(0, 3), match='aBc'> None
# expect: <re.Match object; span=(0, 3), match='AbC'> None
# expect: <re.Match object; span=(0, 1), match='\n'> None
# expect: <re.Match object; span=(2, 3), match='b'>
# expect: True re.compile('(?ims)x', re.IGNORECASE|re.MULTILINE|re.DOTALL)
# expect: re.compile('a', re.VERBOSE|re.ASCII) re.compile(b'a', re.IGNORECASE) re.compile('a')
# expect: 32 0
# expect: ['k', 'K', 'K']
# expect: ['foo', 'foo']
# expect: ['o', 'o', 'o']
# expect: None None None
# expect: [' \t\n\x0b', '\x1c'] []
# expect: re.IGNORECASE|re.MULTILINE re.IGNORECASE re.IGNORECASE|re.TEMPLATE re.IGNORECASE|re.DOTALL|0x200 re.ASCII|re.LOCALE|re.UNICODE|re.MULTILINE|re.DOTALL|re.VERBOSE|re.TEMPLATE|re.DEBUG re.IGNORECASE 257
# expect: re.IGNORECASE 2 8 re.IGNORECASE re.NOFLAG IGNORECASE 2
# expect: True True True 1 RegexFlag
# expect: re.IGNORECASE|re.VERBOSE True False re.compile('a b', re.IGNORECASE|re.VERBOSE)
