# str methods: split/strip/replace/find/index/startswith/case/is*/count/justify/join/format and their errors.
from show import show  # tests/scripts/shared/show.py


s = "  Hello, World  "

show('s.split()', lambda: s.split())
show("s.split(',')", lambda: s.split(','))
show("s.split(',', 1)", lambda: s.split(',', 1))
show("'a,b,,c'.split(',')", lambda: 'a,b,,c'.split(','))
show("'a b  c'.split(None, 1)", lambda: 'a b  c'.split(None, 1))
show("'a,b,c'.rsplit(',', 1)", lambda: 'a,b,c'.rsplit(',', 1))
show("''.split()", lambda: ''.split())
show("''.split(',')", lambda: ''.split(','))
show("'x'.split('')", lambda: 'x'.split(''))
show('s.strip()', lambda: s.strip())
show('s.lstrip()', lambda: s.lstrip())
show('s.rstrip()', lambda: s.rstrip())
show("'xxhixx'.strip('x')", lambda: 'xxhixx'.strip('x'))
show("'abc'.strip('')", lambda: 'abc'.strip(''))
show("s.replace('l', 'L')", lambda: s.replace('l', 'L'))
show("s.replace('l', 'L', 1)", lambda: s.replace('l', 'L', 1))
show("'aaa'.replace('', '-')", lambda: 'aaa'.replace('', '-'))
show("s.find('o')", lambda: s.find('o'))
show("s.find('o', 7)", lambda: s.find('o', 7))
show("s.find('zz')", lambda: s.find('zz'))
show("s.rfind('o')", lambda: s.rfind('o'))
show("s.index('W')", lambda: s.index('W'))
show("s.index('zz')", lambda: s.index('zz'))
show("s.rindex('zz')", lambda: s.rindex('zz'))
show("s.startswith('  H')", lambda: s.startswith('  H'))
show("s.startswith(('x','  '))", lambda: s.startswith(('x','  ')))
show("s.endswith('  ')", lambda: s.endswith('  '))
show('s.startswith(1)', lambda: s.startswith(1))
show('s.upper()', lambda: s.upper())
show('s.lower()', lambda: s.lower())
show("'hello world'.title()", lambda: 'hello world'.title())
show('"they\'re bill\'s".title()', lambda: "they're bill's".title())
show("'hello'.capitalize()", lambda: 'hello'.capitalize())
show("'HeLLo'.swapcase()", lambda: 'HeLLo'.swapcase())
show("'abc'.casefold()", lambda: 'abc'.casefold())
show("'123'.isdigit()", lambda: '123'.isdigit())
show("'12.3'.isdigit()", lambda: '12.3'.isdigit())
show("''.isdigit()", lambda: ''.isdigit())
show("'½'.isnumeric()", lambda: '½'.isnumeric())
show("'½'.isdigit()", lambda: '½'.isdigit())
show("'١'.isdecimal()", lambda: '١'.isdecimal())
show("'abc'.isalpha()", lambda: 'abc'.isalpha())
show("'ab1'.isalnum()", lambda: 'ab1'.isalnum())
show("'  '.isspace()", lambda: '  '.isspace())
show("'Abc Def'.istitle()", lambda: 'Abc Def'.istitle())
show("'abc'.islower()", lambda: 'abc'.islower())
show("'ABC'.isupper()", lambda: 'ABC'.isupper())
show("'_a1'.isidentifier()", lambda: '_a1'.isidentifier())
show("'aaa'.count('a')", lambda: 'aaa'.count('a'))
show("'aaa'.count('aa')", lambda: 'aaa'.count('aa'))
show("'aaa'.count('')", lambda: 'aaa'.count(''))
show("'abc'.count('a', 1)", lambda: 'abc'.count('a', 1))
show("'ab'.center(7, '*')", lambda: 'ab'.center(7, '*'))
show("'ab'.center(6)", lambda: 'ab'.center(6))
show("'ab'.ljust(5, '-')", lambda: 'ab'.ljust(5, '-'))
show("'ab'.rjust(5)", lambda: 'ab'.rjust(5))
show("'42'.zfill(5)", lambda: '42'.zfill(5))
show("'-42'.zfill(5)", lambda: '-42'.zfill(5))
show("'+4'.zfill(4)", lambda: '+4'.zfill(4))
show("'abc'.zfill(2)", lambda: 'abc'.zfill(2))
show("'ab'.center(5, 'xy')", lambda: 'ab'.center(5, 'xy'))
show("','.join(['a','b'])", lambda: ','.join(['a','b']))
show("','.join([1,2])", lambda: ','.join([1,2]))
show("','.join('abc')", lambda: ','.join('abc'))
show("'-'.join([])", lambda: '-'.join([]))
show("'a'.join(5)", lambda: 'a'.join(5))
show("'a\\tb'.expandtabs(4)", lambda: 'a\tb'.expandtabs(4))
show("'a\\nb\\r\\nc'.splitlines()", lambda: 'a\nb\r\nc'.splitlines())
show("'a\\nb\\n'.splitlines(True)", lambda: 'a\nb\n'.splitlines(True))
show("'abc'.partition('b')", lambda: 'abc'.partition('b'))
show("'abc'.rpartition('x')", lambda: 'abc'.rpartition('x'))
show("'ab'.removeprefix('a')", lambda: 'ab'.removeprefix('a'))
show("'ab'.removesuffix('b')", lambda: 'ab'.removesuffix('b'))
show("'abc'[::-1]", lambda: 'abc'[::-1])
show("'abc'[5:]", lambda: 'abc'[5:])
show("'abc'[-1]", lambda: 'abc'[-1])
show("'abc'[3]", lambda: 'abc'[3])
show("'abc'.encode()", lambda: 'abc'.encode())
show("'é'.encode('utf-8')", lambda: 'é'.encode('utf-8'))
show('str(3.0)', lambda: str(3.0))
show('str(1e16)', lambda: str(1e16))
show('str(1e-5)', lambda: str(1e-5))
show('str(0.1+0.2)', lambda: str(0.1+0.2))
show('str(-0.0)', lambda: str(-0.0))
show("str(float('nan'))", lambda: str(float('nan')))
show('str(1.5e300*1e10)', lambda: str(1.5e300*1e10))
show('repr(1e22)', lambda: repr(1e22))
show('str(123456789012345678.0)', lambda: str(123456789012345678.0))
show("'abc'.translate({97: 'X'})", lambda: 'abc'.translate({97: 'X'}))
show("str.maketrans('ab', 'xy')", lambda: str.maketrans('ab', 'xy'))
show("'x'.ljust('a')", lambda: 'x'.ljust('a'))
show("'abc'.find(1)", lambda: 'abc'.find(1))
show("'a'.replace(1, 2)", lambda: 'a'.replace(1, 2))
show("'abc'.split(1)", lambda: 'abc'.split(1))
show("'ab' * 3", lambda: 'ab' * 3)
show("3 * 'ab'", lambda: 3 * 'ab')
show("'ab' * -1", lambda: 'ab' * -1)
show("'ab' + 1", lambda: 'ab' + 1)
show("'a' < 'b'", lambda: 'a' < 'b')
show("'a' < 1", lambda: 'a' < 1)
show("'abc' in 'xabcx'", lambda: 'abc' in 'xabcx')
show("1 in 'abc'", lambda: 1 in 'abc')
show("'abc'.upper(1)", lambda: 'abc'.upper(1))

# expect: s.split() -> ['Hello,', 'World']
# expect: s.split(',') -> ['  Hello', ' World  ']
# expect: s.split(',', 1) -> ['  Hello', ' World  ']
# expect: 'a,b,,c'.split(',') -> ['a', 'b', '', 'c']
# expect: 'a b  c'.split(None, 1) -> ['a', 'b  c']
# expect: 'a,b,c'.rsplit(',', 1) -> ['a,b', 'c']
# expect: ''.split() -> []
# expect: ''.split(',') -> ['']
# expect: 'x'.split('') -> ValueError: empty separator
# expect: s.strip() -> 'Hello, World'
# expect: s.lstrip() -> 'Hello, World  '
# expect: s.rstrip() -> '  Hello, World'
# expect: 'xxhixx'.strip('x') -> 'hi'
# expect: 'abc'.strip('') -> 'abc'
# expect: s.replace('l', 'L') -> '  HeLLo, WorLd  '
# expect: s.replace('l', 'L', 1) -> '  HeLlo, World  '
# expect: 'aaa'.replace('', '-') -> '-a-a-a-'
# expect: s.find('o') -> 6
# expect: s.find('o', 7) -> 10
# expect: s.find('zz') -> -1
# expect: s.rfind('o') -> 10
# expect: s.index('W') -> 9
# expect: s.index('zz') -> ValueError: substring not found
# expect: s.rindex('zz') -> ValueError: substring not found
# expect: s.startswith('  H') -> True
# expect: s.startswith(('x','  ')) -> True
# expect: s.endswith('  ') -> True
# expect: s.startswith(1) -> TypeError: startswith first arg must be str or a tuple of str, not int
# expect: s.upper() -> '  HELLO, WORLD  '
# expect: s.lower() -> '  hello, world  '
# expect: 'hello world'.title() -> 'Hello World'
# expect: "they're bill's".title() -> "They'Re Bill'S"
# expect: 'hello'.capitalize() -> 'Hello'
# expect: 'HeLLo'.swapcase() -> 'hEllO'
# expect: 'abc'.casefold() -> 'abc'
# expect: '123'.isdigit() -> True
# expect: '12.3'.isdigit() -> False
# expect: ''.isdigit() -> False
# expect: '½'.isnumeric() -> True
# expect: '½'.isdigit() -> False
# expect: '١'.isdecimal() -> True
# expect: 'abc'.isalpha() -> True
# expect: 'ab1'.isalnum() -> True
# expect: '  '.isspace() -> True
# expect: 'Abc Def'.istitle() -> True
# expect: 'abc'.islower() -> True
# expect: 'ABC'.isupper() -> True
# expect: '_a1'.isidentifier() -> True
# expect: 'aaa'.count('a') -> 3
# expect: 'aaa'.count('aa') -> 1
# expect: 'aaa'.count('') -> 4
# expect: 'abc'.count('a', 1) -> 0
# expect: 'ab'.center(7, '*') -> '***ab**'
# expect: 'ab'.center(6) -> '  ab  '
# expect: 'ab'.ljust(5, '-') -> 'ab---'
# expect: 'ab'.rjust(5) -> '   ab'
# expect: '42'.zfill(5) -> '00042'
# expect: '-42'.zfill(5) -> '-0042'
# expect: '+4'.zfill(4) -> '+004'
# expect: 'abc'.zfill(2) -> 'abc'
# expect: 'ab'.center(5, 'xy') -> TypeError: The fill character must be exactly one character long
# expect: ','.join(['a','b']) -> 'a,b'
# expect: ','.join([1,2]) -> TypeError: sequence item 0: expected str instance, int found
# expect: ','.join('abc') -> 'a,b,c'
# expect: '-'.join([]) -> ''
# expect: 'a'.join(5) -> TypeError: can only join an iterable
# expect: 'a\tb'.expandtabs(4) -> 'a   b'
# expect: 'a\nb\r\nc'.splitlines() -> ['a', 'b', 'c']
# expect: 'a\nb\n'.splitlines(True) -> ['a\n', 'b\n']
# expect: 'abc'.partition('b') -> ('a', 'b', 'c')
# expect: 'abc'.rpartition('x') -> ('', '', 'abc')
# expect: 'ab'.removeprefix('a') -> 'b'
# expect: 'ab'.removesuffix('b') -> 'a'
# expect: 'abc'[::-1] -> 'cba'
# expect: 'abc'[5:] -> ''
# expect: 'abc'[-1] -> 'c'
# expect: 'abc'[3] -> IndexError: string index out of range
# expect: 'abc'.encode() -> b'abc'
# expect: 'é'.encode('utf-8') -> b'\xc3\xa9'
# expect: str(3.0) -> '3.0'
# expect: str(1e16) -> '1e+16'
# expect: str(1e-5) -> '1e-05'
# expect: str(0.1+0.2) -> '0.30000000000000004'
# expect: str(-0.0) -> '-0.0'
# expect: str(float('nan')) -> 'nan'
# expect: str(1.5e300*1e10) -> 'inf'
# expect: repr(1e22) -> '1e+22'
# expect: str(123456789012345678.0) -> '1.2345678901234568e+17'
# expect: 'abc'.translate({97: 'X'}) -> 'Xbc'
# expect: str.maketrans('ab', 'xy') -> {97: 120, 98: 121}
# expect: 'x'.ljust('a') -> TypeError: 'str' object cannot be interpreted as an integer
# expect: 'abc'.find(1) -> TypeError: must be str, not int
# expect: 'a'.replace(1, 2) -> TypeError: replace() argument 1 must be str, not int
# expect: 'abc'.split(1) -> TypeError: must be str or None, not int
# expect: 'ab' * 3 -> 'ababab'
# expect: 3 * 'ab' -> 'ababab'
# expect: 'ab' * -1 -> ''
# expect: 'ab' + 1 -> TypeError: can only concatenate str (not "int") to str
# expect: 'a' < 'b' -> True
# expect: 'a' < 1 -> TypeError: '<' not supported between instances of 'str' and 'int'
# expect: 'abc' in 'xabcx' -> True
# expect: 1 in 'abc' -> TypeError: 'in <string>' requires string as left operand, not int
# expect: 'abc'.upper(1) -> TypeError: str.upper() takes no arguments (1 given)
