# Keyword arguments, lastgroup, anchors with MULTILINE, lookbehind, lazy and
# counted repeats, empty matches in sub/split/findall, Unicode case folding.
import re
p = re.compile(r'(?P<x>\d)(\w)?')
print(p.match('1a', pos=0), p.search(string='x1', pos=1, endpos=2), p.findall('1a2', pos=1), p.sub(repl='-', string='1a2b', count=1))
print(re.sub('a', 'b', 'aaa', flags=re.I), re.split('a', 'bab', maxsplit=1, flags=0), re.subn(pattern='a', repl='x', string='aa'))
m = p.match('1a')
print(m.start('x'), m.expand(r'\g<x>!'), m.span(0), m.regs, m.group(0, 'x', 2))
print(re.match(r'(a)|(b)', 'b').lastindex, re.match(r'(a)|(b)', 'b').lastgroup, re.match(r'(?P<n>a)|(?P<m>b)', 'b').lastgroup)
print(re.match('a', 'a').lastindex, re.match('(a)', 'a').lastgroup)
print(re.sub(r'(?m)^', '> ', 'a\nb\nc'), re.sub(r'$', '!', 'a\nb\n'), re.sub(r'(?m)$', '!', 'a\nb\n'))
print(re.findall(r'^$', '', re.M), re.findall(r'^', 'a\n', re.M), re.findall(r'$', 'a\n'))
print(re.match(r'\A\w+\Z', 'abc\n'), re.search(r'\w+\Z', 'abc\n'), re.search(r'\w+$', 'abc\n'))
print(re.search(r'(?<=\bfoo)bar', 'foobar'), re.search(r'(?<!foo)bar', 'foobar'), re.search(r'(?<=a|b)c', 'bc'))
print(re.search(r'(?<=(a))b', 'ab').group(1))
print(re.findall(r'a(?=b)|c', 'abcacb'))
print(re.compile(r'\d+').split('a1b22c'), re.compile(r'(\d)+').split('a12b3c'))
print(re.match(r'(?:x|(y))+', 'xyx').groups())
print(re.match(r'(a)?b', 'b').span(1), re.match(r'(a)?b', 'b').start(1))
print(re.sub(r'x', lambda m: None or '', 'axbx'))
print(re.sub('(?P<a>.)', r'\g<a>\g<a>', 'ab'), re.sub('.', r'\g<0>\g<0>', 'ab'))
print(re.sub('', 'x', ''), re.sub('$', 'x', ''), re.split('', ''), re.findall('.', ''))
print(re.match(r'[\w-]+', 'a-b_c d'), re.match(r'[^\s]+', 'ab c'), re.match(r'[\s\S]+', 'a\nb'))
print(re.match(r'[a-z&&[^b]]', 'a') if False else re.match(r'[-a]+', '-a-'))
print(re.findall(r'[\u00e0-\u00ff]+', 'càfé ÿ'), re.findall(r'(?i)[à-ÿ]+', 'ÀÉ'))
print(re.findall(r'(?i)σ', 'Σσς'), re.findall(r'(?i)ǅ', 'Ǆǅǆ'))
print(re.match(r'(?i)[^a]', 'A'), re.match(r'(?i)[^a]', 'b'))
print(re.match('(?x) a  b  # c\n  c', 'abc'), re.match(r'(?x)[ #]', ' '), re.match(r'(?x)a\ b', 'a b'))
print(re.match(r'a{3}?', 'aaaa').group(), re.match(r'a{,3}', 'aaaa').group(), re.match(r'a{1,}?', 'aaa').group())
print(re.match(r'(?:a{2})*', 'aaaaa').group(), re.match(r'(a{2})*?$', 'aaaa').groups())
print(re.match(r'((?:a|b)*?)(b+)', 'aabbb').groups())
print(re.match(r'(\w+?)(\d*)$', 'abc123').groups())
print(re.fullmatch(r'(?:ab)+', 'ababa'), re.fullmatch(r'a*?', 'aaa'))
print(re.search(r'\d{2,}?', 'a1234').group(), re.search(r'(?s).+?$', 'ab\ncd').group())
print(repr(re.compile(r'a\nb', re.M | re.S | re.X | re.A)), re.compile('a', re.DEBUG if False else 0))
print(re.template if False else None, re.Pattern, re.Match, isinstance(re.compile('a'), re.Pattern), type(re.match('a','a')) is re.Match)
print(re.compile('(a)(?P<b>b)').groupindex, re.compile('a').groups)
print(re.search('a', 'ba').re.pattern, re.search('a', 'xa', 1).string)
print(sorted(re.__all__)[:5])
print(re.sub(r'(\d)', r'\g<1>0', 'a1'), re.sub(r'(?P<d>\d)', r'\g<d>\\', '1'))
it = re.finditer(r'\d', '12')
print(next(it), next(it), next(it, 'done'))
print(re.split(r'(?=[A-Z])', 'helloWorldFoo'), re.split(r'\s*', ' a b '))
print(re.match(r'(?P<first>a)(?P=first)', 'aa'), re.match(r'(a)\1', 'aA', re.I))
print(re.search(r'^\d+$', '12\n34', re.M).group(), re.findall(r'^\d+$', '12\n34', re.M))

# expect: <re.Match object; span=(0, 2), match='1a'> <re.Match object; span=(1, 2), match='1'> [('2', '')] -2b
# expect: bbb ['b', 'b'] ('xx', 2)
# expect: 0 1! (0, 2) ((0, 2), (0, 1), (1, 2)) ('1a', '1', 'a')
# expect: 2 None m
# expect: None None
# expect: > a
# expect: > b
# expect: > c a
# expect: b!
# expect: ! a!
# expect: b!
# expect: !
# expect: [''] ['', ''] ['', '']
# expect: None None <re.Match object; span=(0, 3), match='abc'>
# expect: <re.Match object; span=(3, 6), match='bar'> None <re.Match object; span=(1, 2), match='c'>
# expect: a
# expect: ['a', 'c', 'c']
# expect: ['a', 'b', 'c'] ['a', '2', 'b', '3', 'c']
# expect: ('y',)
# expect: (-1, -1) -1
# expect: ab
# expect: aabb aabb
# expect: x x ['', ''] []
# expect: <re.Match object; span=(0, 5), match='a-b_c'> <re.Match object; span=(0, 2), match='ab'> <re.Match object; span=(0, 3), match='a\nb'>
# expect: <re.Match object; span=(0, 3), match='-a-'>
# expect: ['à', 'é', 'ÿ'] ['ÀÉ']
# expect: ['Σ', 'σ', 'ς'] ['Ǆ', 'ǅ', 'ǆ']
# expect: None <re.Match object; span=(0, 1), match='b'>
# expect: <re.Match object; span=(0, 3), match='abc'> <re.Match object; span=(0, 1), match=' '> <re.Match object; span=(0, 3), match='a b'>
# expect: aaa aaa a
# expect: aaaa ('aa',)
# expect: ('aa', 'bbb')
# expect: ('abc', '123')
# expect: None <re.Match object; span=(0, 3), match='aaa'>
# expect: 12 ab
# expect: cd
# expect: re.compile('a\\nb', re.MULTILINE|re.DOTALL|re.VERBOSE|re.ASCII) re.compile('a')
# expect: None <class 're.Pattern'> <class 're.Match'> True True
# expect: {'b': 2} 0
# expect: a xa
# expect: ['A', 'ASCII', 'DOTALL', 'I', 'IGNORECASE']
# expect: a10 1\
# expect: <re.Match object; span=(0, 1), match='1'> <re.Match object; span=(1, 2), match='2'> done
# expect: ['hello', 'World', 'Foo'] ['', '', 'a', '', 'b', '', '']
# expect: <re.Match object; span=(0, 2), match='aa'> <re.Match object; span=(0, 2), match='aA'>
# expect: 12 ['12', '34']
