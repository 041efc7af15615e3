# re.Pattern, re.Match and the scanner as native objects: attributes, reprs, errors, copy, ==/hash, sub's joins, lazy finditer, non-ASCII subjects
import re, copy

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

p = re.compile(r'(?P<first>\w+)\s(?P<second>\w+)?(x)?')
m = p.search('  hello world!')
print(type(p), type(m), type(p.scanner('')))
print(m.re is p, m.string, m.pos, m.endpos, m.lastindex, m.lastgroup, m.regs)
print(m.group(), m.group(1, 'second', 0), m[2], m['first'], m[True], m.groups(), m.groups('-'))
print(m.groupdict(), m.groupdict(default='?'), m.span(), m.span('second'), m.start(3), m.end(True))
print(m.expand(r'\g<second> \1 [\3]'), m.__getitem__(1))
print(copy.copy(m) is m, copy.deepcopy(m) is m, copy.copy(p) is p, copy.deepcopy(p) is p)
print(p == re.compile(p.pattern), p != re.compile(p.pattern), hash(p) == hash(re.compile(p.pattern)))
print(p == re.compile(p.pattern, re.I), p == p.pattern, re.compile('a') == re.compile(b'a'))
print(p.pattern, p.flags, p.groups, p.groupindex['second'], sorted(p.groupindex))
print(re.Match[str], re.Pattern[bytes])
for g in ([], 1.0, 2**70, -1, 'nope', None, 4):
    show(lambda: m.group(g))
show(lambda: m.start(5))
show(lambda: m.span('zz'))
show(lambda: m.group(1, 'zz'))
show(lambda: m.groups(1, 2))
show(lambda: m.groupdict(1, 2))
show(lambda: m.expand())
show(lambda: m.__getitem__())
show(lambda: m.start(1, 2))
show(lambda: m.start(group=1))
show(lambda: re.Pattern())
show(lambda: re.Match())
show(lambda: re.Match.group(1))
show(lambda: re.Pattern.search('x', 'y'))
for name in ('pos', 'string', 'lastgroup', 'foo'):
    def setit():
        setattr(m, name, 1)
    show(setit)
for name in ('flags', 'pattern', 'groupindex', 'foo'):
    def setit():
        setattr(p, name, 1)
    show(setit)
show(lambda: m.foo)
show(lambda: p.foo)
show(lambda: p.match())
show(lambda: p.match('a', 'x'))
show(lambda: p.match('a', foo=1))
show(lambda: p.match('a', 1, 2, 3))
show(lambda: p.match('a', 2**70))
show(lambda: p.match('a', None))
show(lambda: p.match(1))
show(lambda: p.split())
show(lambda: p.split('a b', 'x'))
show(lambda: p.sub('a'))
show(lambda: p.subn('x', 'a', 'y'))
show(lambda: p.findall())
show(lambda: p.scanner())
show(lambda: p.fullmatch('ab cd', endpos=5))
show(lambda: p.search('ab cd', pos=-5, endpos=100))
show(lambda: p.match('ab cd', 3, 1))

# sub: literals, templates, callables, and the joins' errors
a = re.compile('a')
b = re.compile(b'a')
for f in (lambda: b.sub('x', b'zzz'), lambda: b.sub('x', b'za'), lambda: b.sub('x', b'az'),
          lambda: a.sub(b'x', 'za'), lambda: a.sub(b'x', 'zzz'), lambda: a.sub(1, 'zzz'),
          lambda: a.sub(lambda m: 1, 'zaz'), lambda: a.sub(lambda m: None, 'zaz'),
          lambda: a.sub(lambda m: b'x', 'zaz'), lambda: a.sub(r'\1', 'zaz'), lambda: a.sub(r'\n', 'zaz'),
          lambda: a.subn('', 'zaz', -1), lambda: a.split('zaz', -1), lambda: re.compile('(a)|b').sub(r'[\1]', 'zabz'),
          lambda: b.sub(b'\\n', b'zaz'), lambda: a.sub(b'\\n', 'zaz'), lambda: re.compile('').sub('-', 'abc'),
          lambda: re.compile('x*').sub('-', 'abxd'), lambda: a.sub('b', bytearray(b'aa')),
          lambda: a.subn('b', 'aaaa', 2), lambda: a.sub(lambda m: m.group().upper() * 2, 'banana'),
          lambda: re.sub(r'(?P<v>[aeiou])', r'<\g<v>\g<0>>', 'education'),
          lambda: re.sub(r'(\w)(\d)?', r'\2\1', 'a1b'), lambda: a.sub('\\', 'a'),
          lambda: a.sub(r'\g<1>', 'a')):
    show(f)

# finditer is lazy (a callable_iterator over a scanner), scanner steps
it = re.finditer(r'\d+', 'a1 b22 c333')
print(type(it).__name__, next(it), [x.group() for x in it])
s = re.compile(r'\d*').scanner('1a22', 1)
print(s.pattern, s.match(), s.search(), s.search(), s.search(), s.search(), s.match())
show(lambda: s.foo)
show(lambda: s.match(1))

# non-ASCII subjects: indexes are characters
t = 'héllo wörld — ünïcode ✓ text'
print(re.findall(r'\w+', t), re.split(r'\s+', t), re.sub(r'[öü]', '_', t))
w = re.search(r'(w\w+) (\W+)', t)
print(w, w.span(1), w.group(2), w.groups(), w.regs)
print(re.sub(r'(\w)(\w*)', lambda m: m.group(2) + m.group(1), t))
print(re.sub(r'(?P<x>ö)', r'[\g<x>]', t), re.subn('', '|', 'ü✓'))
print([m.span() for m in re.finditer('ö|✓', t)], re.compile('o').search(t, 5))
long = re.search('.+', 'ä' * 80)
print(long)
print(re.search(b'(a)(b)?', b'xab'), re.findall(b'a(b)?', b'ab a'), re.split(b'(,)', b'1,2'))
show(lambda: m.__copy__(1))
show(lambda: m.__deepcopy__())
show(lambda: p.__deepcopy__(1, 2))
show(lambda: m.span(x=1))
show(lambda: m.start(1, 2))
show(lambda: setattr(s, 'pattern', 1))
show(lambda: re.compile('a').search(bytearray(b'a')))
show(lambda: re.compile('a').search(memoryview(b'a')))
for n in ('lastindex', 'regs', 'endpos'):
    show(lambda: setattr(m, n, 1))
show(lambda: setattr(p, 'groups', 1))

# expect: <class 're.Pattern'> <class 're.Match'> <class '_sre.SRE_Scanner'>
# expect: True   hello world! 0 14 2 second ((2, 13), (2, 7), (8, 13), (-1, -1))
# expect: hello world ('hello', 'world', 'hello world') world hello hello ('hello', 'world', None) ('hello', 'world', '-')
# expect: {'first': 'hello', 'second': 'world'} {'first': 'hello', 'second': 'world'} (2, 13) (8, 13) -1 7
# expect: world hello [] hello
# expect: True True True True
# expect: True False True
# expect: False False False
# expect: (?P<first>\w+)\s(?P<second>\w+)?(x)? 32 3 2 ['first', 'second']
# expect: re.Match[str] re.Pattern[bytes]
# expect: TypeError unhashable type: 'list'
# expect: IndexError no such group
# expect: IndexError no such group
# expect: IndexError no such group
# expect: IndexError no such group
# expect: IndexError no such group
# expect: IndexError no such group
# expect: IndexError no such group
# expect: IndexError no such group
# expect: IndexError no such group
# expect: TypeError groups() takes at most 1 argument (2 given)
# expect: TypeError groupdict() takes at most 1 argument (2 given)
# expect: TypeError expand() missing required argument 'template' (pos 1)
# expect: TypeError expected 1 argument, got 0
# expect: TypeError start expected at most 1 argument, got 2
# expect: TypeError Match.start() takes no keyword arguments
# expect: TypeError cannot create 're.Pattern' instances
# expect: TypeError cannot create 're.Match' instances
# expect: TypeError descriptor 'group' for 're.Match' objects doesn't apply to a 'int' object
# expect: TypeError descriptor 'search' for 're.Pattern' objects doesn't apply to a 'str' object
# expect: AttributeError readonly attribute
# expect: AttributeError readonly attribute
# expect: AttributeError attribute 'lastgroup' of 're.Match' objects is not writable
# expect: AttributeError 're.Match' object has no attribute 'foo'
# expect: AttributeError readonly attribute
# expect: AttributeError readonly attribute
# expect: AttributeError attribute 'groupindex' of 're.Pattern' objects is not writable
# expect: AttributeError 're.Pattern' object has no attribute 'foo'
# expect: AttributeError 're.Match' object has no attribute 'foo'
# expect: AttributeError 're.Pattern' object has no attribute 'foo'
# expect: TypeError match() missing required argument 'string' (pos 1)
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError 'foo' is an invalid keyword argument for match()
# expect: TypeError match() takes at most 3 arguments (4 given)
# expect: OverflowError Python int too large to convert to C ssize_t
# expect: TypeError 'NoneType' object cannot be interpreted as an integer
# expect: TypeError expected string or bytes-like object, got 'int'
# expect: TypeError split() missing required argument 'string' (pos 1)
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError sub() missing required argument 'string' (pos 2)
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError findall() missing required argument 'string' (pos 1)
# expect: TypeError scanner() missing required argument 'string' (pos 1)
# expect: <re.Match object; span=(0, 5), match='ab cd'>
# expect: <re.Match object; span=(0, 5), match='ab cd'>
# expect: None
# expect: b'zzz'
# expect: TypeError sequence item 1: expected a bytes-like object, str found
# expect: TypeError sequence item 0: expected a bytes-like object, str found
# expect: TypeError sequence item 1: expected str instance, bytes found
# expect: 'zzz'
# expect: TypeError decoding to str: need a bytes-like object, int found
# expect: TypeError sequence item 1: expected str instance, int found
# expect: 'zz'
# expect: TypeError sequence item 1: expected str instance, bytes found
# expect: error invalid group reference 1 at position 1
# expect: 'z\nz'
# expect: ('zaz', 0)
# expect: ['zaz']
# expect: 'z[a][]z'
# expect: b'z\nz'
# expect: TypeError sequence item 1: expected str instance, bytes found
# expect: '-a-b-c-'
# expect: '-a-b--d-'
# expect: TypeError cannot use a string pattern on a bytes-like object
# expect: ('bbaa', 2)
# expect: 'bAAnAAnAA'
# expect: '<ee>d<uu>c<aa>t<ii><oo>n'
# expect: '1ab'
# expect: error bad escape (end of pattern) at position 0
# expect: error invalid group reference 1 at position 3
# expect: callable_iterator <re.Match object; span=(1, 2), match='1'> ['22', '333']
# expect: re.compile('\\d*') <re.Match object; span=(1, 1), match=''> <re.Match object; span=(2, 4), match='22'> <re.Match object; span=(4, 4), match=''> None None None
# expect: AttributeError '_sre.SRE_Scanner' object has no attribute 'foo'
# expect: TypeError match() takes no arguments
# expect: ['héllo', 'wörld', 'ünïcode', 'text'] ['héllo', 'wörld', '—', 'ünïcode', '✓', 'text'] héllo w_rld — _nïcode ✓ text
# expect: <re.Match object; span=(6, 14), match='wörld — '> (6, 11) —  ('wörld', '— ') ((6, 14), (6, 11), (12, 14))
# expect: élloh örldw — nïcodeü ✓ extt
# expect: héllo w[ö]rld — ünïcode ✓ text ('|ü|✓|', 3)
# expect: [(7, 8), (22, 23)] <re.Match object; span=(18, 19), match='o'>
# expect: <re.Match object; span=(0, 80), match='äääääääääääääääääääääääääääääääääääääääääääääääää>
# expect: <re.Match object; span=(1, 3), match=b'ab'> [b'b', b''] [b'1', b',', b'2']
# expect: TypeError Match.__copy__() takes no arguments (1 given)
# expect: TypeError Match.__deepcopy__() takes exactly one argument (0 given)
# expect: TypeError Pattern.__deepcopy__() takes exactly one argument (2 given)
# expect: TypeError Match.span() takes no keyword arguments
# expect: TypeError start expected at most 1 argument, got 2
# expect: AttributeError readonly attribute
# expect: TypeError cannot use a string pattern on a bytes-like object
# expect: TypeError cannot use a string pattern on a bytes-like object
# expect: AttributeError attribute 'lastindex' of 're.Match' objects is not writable
# expect: AttributeError attribute 'regs' of 're.Match' objects is not writable
# expect: AttributeError readonly attribute
# expect: AttributeError readonly attribute
