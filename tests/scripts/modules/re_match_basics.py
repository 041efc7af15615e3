# re.match/search/fullmatch and the Match object's accessors.
import re

m = re.match(r'(\w+) (\w+)', 'Isaac Newton, physicist')
print(m)
print(m.group(0), '|', m.group(1), '|', m.group(2))
print(m.group(1, 2), m.groups())
print(m[0], m[1], m[2])
print(m.start(), m.end(), m.span(), m.span(2), m.start(1), m.end(2))
print(m.pos, m.endpos, m.lastindex, m.lastgroup, m.string)
print(m.re, m.re is re.compile(r'(\w+) (\w+)'))
print(bool(m), m.regs)

m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Malcolm Reynolds')
print(m.group('first'), m['last'], m.groupdict(), m.lastgroup, m.lastindex)
print(m.start('last'), m.span('first'), m.group('first', 2, 0))

m = re.match(r'(a)(b)?(c)?', 'ac')
print(m.groups(), m.groups('-'), m.group(2), m.span(2), m.start(2), m.lastindex)
m = re.match(r'(?P<a>x)(?P<b>y)?', 'x')
print(m.groupdict(), m.groupdict(0))

print(re.match('b', 'abc'), re.search('b', 'abc'))
print(re.search('c$', 'abc\n'), re.search(r'c\Z', 'abc\n'))
print(re.fullmatch(r'\d+', '123'), re.fullmatch(r'\d+', '123a'), re.fullmatch('a|ab', 'ab'))
print(re.match('', ''), re.search('x*', 'abc'))

p = re.compile(r'\d+')
print(p.search('ab12cd345', 4), p.search('ab12cd345', 4, 8), p.match('ab12', 2))
print(p.search('ab12', -10), p.search('ab12', 10), p.match('123', 1, 2))
print(p.fullmatch('a123b', 1, 4), p.search('a123b', 3, 1))
m = p.search('xx99yy', 1, 5)
print(m.pos, m.endpos, m)

m = re.match(r'((a)|b)+', 'ab')
print(m.groups(), m.lastindex, m.span(2))
m = re.match(r'(a)(b)(c)', 'abc')
print(m.lastindex)
m = re.match(r'((a)b)', 'ab')
print(m.lastindex)

for bad in (3, -1, 'nope', None):
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
print(m.group(True))

# expect: <re.Match object; span=(0, 12), match='Isaac Newton'>
# expect: Isaac Newton | Isaac | Newton
# expect: ('Isaac', 'Newton') ('Isaac', 'Newton')
# expect: Isaac Newton Isaac Newton
# expect: 0 12 (0, 12) (6, 12) 0 12
# expect: 0 23 2 None Isaac Newton, physicist
# expect: re.compile('(\\w+) (\\w+)') True
# expect: True ((0, 12), (0, 5), (6, 12))
# expect: Malcolm Reynolds {'first': 'Malcolm', 'last': 'Reynolds'} last 2
# expect: 8 (0, 7) ('Malcolm', 'Reynolds', 'Malcolm Reynolds')
# expect: ('a', None, 'c') ('a', '-', 'c') None (-1, -1) -1 3
# expect: {'a': 'x', 'b': None} {'a': 'x', 'b': 0}
# expect: None <re.Match object; span=(1, 2), match='b'>
# expect: <re.Match object; span=(2, 3), match='c'> None
# expect: <re.Match object; span=(0, 3), match='123'> None <re.Match object; span=(0, 2), match='ab'>
# expect: <re.Match object; span=(0, 0), match=''> <re.Match object; span=(0, 0), match=''>
# expect: <re.Match object; span=(6, 9), match='345'> <re.Match object; span=(6, 8), match='34'> <re.Match object; span=(2, 4), match='12'>
# expect: <re.Match object; span=(2, 4), match='12'> None <re.Match object; span=(1, 2), match='2'>
# expect: <re.Match object; span=(1, 4), match='123'> None
# expect: 1 5 <re.Match object; span=(2, 4), match='99'>
# expect: ('b', 'a') 1 (0, 1)
# expect: 3
# expect: 1
# expect: IndexError no such group
# expect: IndexError no such group
# expect: IndexError no such group
# expect: IndexError no such group
# expect: ab
