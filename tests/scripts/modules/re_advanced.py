# Lookaround, atomic groups, possessive repeats, conditionals, backreferences,
# lazy repeats, counted repeats, Unicode text, bytes patterns.
import re

print(re.findall(r'\w+(?=,)', 'a, bb, ccc'), re.findall(r'\w+(?!\w|,)', 'a, bb, ccc'))
print(re.findall(r'(?<=\$)\d+', '$10 and $20 but 30'), re.findall(r'(?<!\$)\b\d+', '$10 and 30'))
print(re.match(r'(?=(a+))a*b', 'aaab').group(1))
print(re.match(r'(?>a+)b', 'aaab'), re.match(r'(?>a+)ab', 'aaab'))
print(re.match(r'a++b', 'aaab'), re.match(r'a++ab', 'aaab'), re.match(r'(?:ab)*+a', 'ababa'))
print(re.match(r'(<)?\w+(?(1)>|$)', '<tag>'), re.match(r'(<)?\w+(?(1)>|$)', 'tag'), re.match(r'(<)?\w+(?(1)>|$)', '<tag'))
print(re.findall(r'(\w)\1', 'aabbcd ee'), re.search(r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" now').group())
print(re.match(r'(?i)(a)\1', 'aA'))
print(re.match(r'<.*>', '<a><b>').group(), re.match(r'<.*?>', '<a><b>').group())
print(re.match(r'a{2,3}', 'aaaa'), re.match(r'a{2,3}?', 'aaaa'), re.match(r'a{2}', 'a'))
print(re.match(r'(ab){2,}', 'ababab'), re.match(r'(ab){,2}', 'ababab'), re.match(r'(?:ab){3}', 'abab'))
print(re.match(r'(a|ab)(c|bcd)(d*)', 'abcd').groups())
print(re.match(r'(a*)+', 'b').groups(), re.match(r'(a*)*', 'aa').groups(), re.match(r'(a|b)*', 'ab').groups())
print(re.match(r'(?:(a)|(b))*', 'ab').groups(), re.match(r'(?:(a)|b)*', 'ab').groups())
print(re.match(r'(a+|b+)*c', 'aabbc').groups(), re.match(r'(x?)*y', 'xxy').groups())
print(re.match(r'((a)|(b))+', 'abab').groups())
print(re.findall(r'[^\W\d_]+', 'abc_12 déf'), re.findall(r'[\d\s]+', 'a 12 3b'))
print(re.findall(r'[\w.-]+@[\w.-]+\.\w+', 'mail bob.s@ex-ample.com, x@y.org!'))
print(re.findall(r'[]a]', 'a]b'), re.findall(r'[^]a]', 'a]b'), re.findall(r'[a\-z]', 'a-bz'))
print(re.findall(r'.', 'ünï©ødé 😀'), len(re.findall(r'\w', 'ünï©ødé 😀')))
print(re.search(r'😀+', 'x😀😀y').span(), re.sub('é', 'e', 'été'))
print(re.match(rb'(\d+)-(\w+)', b'12-ab cd').groups(), re.findall(rb'\w+', b'hi there\xff'))
print(re.sub(rb'(a)', rb'<\1>', b'banana'), re.split(rb',', b'a,b'))
print(re.match(rb'(?i)abc', b'ABC'), re.compile(rb'\d', re.M))
print(re.match(r'\x41\u0042\U00000043\101\0', 'ABCA\0'))
print(re.match(r'[\x00-\x7f]+', 'abc\x80').end())
print(re.match(r'.*?x', 'a' * 50000 + 'x').end())
print(re.match(r'(?:a|b)*c', 'ab' * 20000 + 'c').end())
print(re.match(r'(a)*', 'a' * 30000).span(1))
print(re.search(r'(\d+)\s+(\d+)$', 'values: 10   20').groups())
print(re.match(r'^(?:(\d+)\.){3}(\d+)$', '192.168.1.20').groups())
print(re.findall(r'\b(\w+)\s+\1\b', 'the the cat sat sat down'))
s = re.Scanner([(r'\d+', lambda s, t: int(t)), (r'[a-z]+', lambda s, t: t.upper()), (r'\s+', None)])
print(s.scan('12 abc 7 x!'))
p = re.compile(r'\w')
sc = p.scanner('ab c')
print(sc.match(), sc.match(), sc.match(), sc.search(), sc.search())
print(re.compile('x') == re.compile('x'), re.compile('x') == re.compile('x', re.I), hash(re.compile('y')) == hash(re.compile('y')))
print(re.compile(r'(?P<a>.)(?P<b>.)').groupindex, re.compile(r'(?P<a>.)(.)').groups)
import copy
p = re.compile('a')
print(copy.copy(p) is p, copy.deepcopy(p) is p)
re.purge()
print(re.compile('a' * 300))
print(re.match('x' * 60, 'x' * 60))

# expect: ['a', 'bb'] ['ccc']
# expect: ['10', '20'] ['30']
# expect: aaa
# expect: <re.Match object; span=(0, 4), match='aaab'> None
# expect: <re.Match object; span=(0, 4), match='aaab'> None <re.Match object; span=(0, 5), match='ababa'>
# expect: <re.Match object; span=(0, 5), match='<tag>'> <re.Match object; span=(0, 3), match='tag'> None
# expect: ['a', 'b', 'e'] "hi"
# expect: <re.Match object; span=(0, 2), match='aA'>
# expect: <a><b> <a>
# expect: <re.Match object; span=(0, 3), match='aaa'> <re.Match object; span=(0, 2), match='aa'> None
# expect: <re.Match object; span=(0, 6), match='ababab'> <re.Match object; span=(0, 4), match='abab'> None
# expect: ('a', 'bcd', '')
# expect: ('',) ('',) ('b',)
# expect: ('a', 'b') ('a',)
# expect: ('bb',) ('',)
# expect: ('b', 'a', 'b')
# expect: ['abc', 'déf'] [' 12 3']
# expect: ['bob.s@ex-ample.com', 'x@y.org']
# expect: ['a', ']'] ['b'] ['a', '-', 'z']
# expect: ['ü', 'n', 'ï', '©', 'ø', 'd', 'é', ' ', '😀'] 6
# expect: (1, 3) ete
# expect: (b'12', b'ab') [b'hi', b'there']
# expect: b'b<a>n<a>n<a>' [b'a', b'b']
# expect: <re.Match object; span=(0, 3), match=b'ABC'> re.compile(b'\\d', re.MULTILINE)
# expect: <re.Match object; span=(0, 5), match='ABCA\x00'>
# expect: 3
# expect: 50001
# expect: 40001
# expect: (29999, 30000)
# expect: ('10', '20')
# expect: ('1', '20')
# expect: ['the', 'sat']
# expect: ([12, 'ABC', 7, 'X'], '!')
# expect: <re.Match object; span=(0, 1), match='a'> <re.Match object; span=(1, 2), match='b'> None None None
# expect: True False True
# expect: {'a': 1, 'b': 2} 2
# expect: True True
# expect: re.compile('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa)
# expect: <re.Match object; span=(0, 60), match='xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx>
