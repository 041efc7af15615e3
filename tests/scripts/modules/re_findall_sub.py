# findall, finditer, sub, subn, split: groups, empty matches, templates.
import re

print(re.findall(r'\d+', 'a1b22c333'))
print(re.findall(r'(\w)=(\d)', 'a=1, b=2, c=x'))
print(re.findall(r'(\w)=\d', 'a=1, b=2'))
print(re.findall(r'(a)|(b)', 'abc'))
print(re.findall('x*', 'axxb'))
print(re.findall('', 'abc'))
print(re.findall(r'\b\w', 'hello big world'))
print([m.span() for m in re.finditer(r'\w+', 'to be or not')])
print([m.group() for m in re.finditer('a*', 'baaac')])
it = re.compile(r'\d').finditer('1a2b3', 1, 4)
print([(m.group(), m.pos, m.endpos) for m in it])

print(re.sub(r'(\w)(\d)', r'\2\1', 'a1 b2 c3'))
print(re.sub('x*', '-', 'abxd'))
print(re.sub('', '-', 'abc'))
print(re.sub(r'(?P<word>\w+)', r'<\g<word>>', 'hi there'))
print(re.sub(r'(\w+)', r'[\g<1>|\g<0>]', 'ab cd'))
print(re.sub(r'a', r'\n\t\\', 'bab'))
print(re.sub(r'(b)', r'\1\1', 'abc', count=0))
print(re.sub('a', 'x', 'aaaa', count=2), re.subn('a', 'x', 'aaaa'), re.subn('a', 'x', 'aaaa', 3))
print(re.subn('z', 'x', 'aaaa'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub(r'(?P<n>\d)', lambda m: m['n'] + '!', '1 2'))
print(re.sub('(a)|b', r'[\1]', 'ab'))
print(re.sub(r'\s+', ' ', '  lots   of\t\n space  ').strip())
print(re.sub('(?i)HELLO', 'bye', 'Hello hello HELLO'))
print(re.compile(r'o').sub('0', 'foo boo', 3))

print(re.split(r'[,;]\s*', 'a, b;c,  d'))
print(re.split(r'(,)', 'a,b,c'))
print(re.split(r'(,)|(;)', 'a,b;c'))
print(re.split(r'\W+', 'Words, words, words.', 1))
print(re.split(r'\W+', 'Words, words, words.', maxsplit=-1))
print(re.split('x*', 'axbc'))
print(re.split(r'\b', 'a b'))
print(re.split('', 'abc'))
print(re.split(r'\d', ''))

m = re.match(r'(?P<k>\w+)=(?P<v>\w+)', 'key=val')
print(m.expand(r'\g<v>:\g<k> \2 \g<0>'))
print(re.escape('a.b*c?d+e(f)[g]{h}^$|\\ \t-#&~'), re.escape('abc_123'), re.escape('é'))
print(re.escape(b'a.b'))

# expect: ['1', '22', '333']
# expect: [('a', '1'), ('b', '2')]
# expect: ['a', 'b']
# expect: [('a', ''), ('', 'b')]
# expect: ['', 'xx', '', '']
# expect: ['', '', '', '']
# expect: ['h', 'b', 'w']
# expect: [(0, 2), (3, 5), (6, 8), (9, 12)]
# expect: ['', 'aaa', '', '']
# expect: [('2', 1, 4)]
# expect: 1a 2b 3c
# expect: -a-b--d-
# expect: -a-b-c-
# expect: <hi> <there>
# expect: [ab|ab] [cd|cd]
# expect: b
# expect: 	\b
# expect: abbc
# expect: xxaa ('xxxx', 4) ('xxxa', 3)
# expect: ('aaaa', 0)
# expect: a2 b44 c666
# expect: 1! 2!
# expect: [a][]
# expect: lots of space
# expect: bye bye bye
# expect: f00 b0o
# expect: ['a', 'b', 'c', 'd']
# expect: ['a', ',', 'b', ',', 'c']
# expect: ['a', ',', None, 'b', None, ';', 'c']
# expect: ['Words', 'words, words.']
# expect: ['Words, words, words.']
# expect: ['', 'a', '', 'b', 'c', '']
# expect: ['', 'a', ' ', 'b', '']
# expect: ['', 'a', 'b', 'c', '']
# expect: ['']
# expect: val:key val key=val
# expect: a\.b\*c\?d\+e\(f\)\[g\]\{h\}\^\$\|\\\ \	\-\#\&\~ abc_123 é
# expect: b'a\\.b'
