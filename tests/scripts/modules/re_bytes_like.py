# re over bytearray and memoryview subjects (bytes patterns; the bytes are read when the call starts), and the slot wrappers of the re types
# re over bytearray and memoryview subjects (bytes patterns), and the
# special methods of the re types
import re

p = re.compile(rb'(\w+)=(\d+)')
ba = bytearray(b'a=1 bb=22 ccc=333')
mv = memoryview(b'x=9 yy=88')
m = p.search(ba)
print(m, m.string, m.group(), m.groups(), m[1], m.span(2))
print(p.findall(ba), p.findall(mv), [x.group(1) for x in p.finditer(mv)])
print(p.sub(rb'\2=\1', ba), p.subn(b'-', mv), p.split(ba), re.split(rb'\s', mv))
print(p.fullmatch(bytearray(b'k=5')), p.match(mv, 4))
print(re.sub(rb'\d', lambda m: bytearray(b'<') + m.group() + b'>', ba))
grown = bytearray(b'a=1 b=2')
m = p.search(grown)
del grown[:]
print(m.span(), m.group(), m.groups())
for f in (lambda: re.search('a', bytearray(b'a')), lambda: re.search('a', memoryview(b'a')),
          lambda: re.search(b'a', 'a'), lambda: re.search(b'a', 5), lambda: re.search('a', [1])):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
m = re.match('(a)(b)?', 'ab')
print(m.__getitem__(1), type(m).__getitem__(m, 2), re.Pattern.__eq__(p, p), re.Pattern.__hash__(p) == hash(p))
print(re.Match.__repr__(m), re.Pattern.__repr__(p), re.compile('x').__ne__(re.compile('x')))
for f in (lambda: m.__getitem__(), lambda: m.__getitem__(1, 2)):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
print(sorted(n for n in ('__eq__', '__hash__', '__repr__', '__getitem__', '__lt__') if n in re.Match.__dict__),
      sorted(n for n in ('__eq__', '__hash__', '__repr__', '__getitem__', '__lt__') if n in re.Pattern.__dict__))

# expect: <re.Match object; span=(0, 3), match=b'a=1'> bytearray(b'a=1 bb=22 ccc=333') b'a=1' (b'a', b'1') b'a' (2, 3)
# expect: [(b'a', b'1'), (b'bb', b'22'), (b'ccc', b'333')] [(b'x', b'9'), (b'yy', b'88')] [b'x', b'yy']
# expect: b'1=a 22=bb 333=ccc' (b'- -', 2) [b'', b'a', b'1', b' ', b'bb', b'22', b' ', b'ccc', b'333', b''] [b'x=9', b'yy=88']
# expect: <re.Match object; span=(0, 3), match=b'k=5'> <re.Match object; span=(4, 9), match=b'yy=88'>
# expect: b'a=<1> bb=<2><2> ccc=<3><3><3>'
# expect: (0, 3) b'' (b'', b'')
# expect: TypeError cannot use a string pattern on a bytes-like object
# expect: TypeError cannot use a string pattern on a bytes-like object
# expect: TypeError cannot use a bytes pattern on a string-like object
# expect: TypeError expected string or bytes-like object, got 'int'
# expect: TypeError expected string or bytes-like object, got 'list'
# expect: a b True True
# expect: <re.Match object; span=(0, 2), match='ab'> re.compile(b'(\\w+)=(\\d+)') False
# expect: TypeError expected 1 argument, got 0
# expect: TypeError expected 1 argument, got 2
# expect: ['__getitem__', '__repr__'] ['__eq__', '__hash__', '__lt__', '__repr__']
