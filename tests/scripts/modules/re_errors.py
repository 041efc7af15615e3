# re.error with CPython's message and position; TypeErrors of mixed types.
import re

patterns = ['a(b', 'a)b', '[a-', '*a', 'a**', 'a{2,1}', '(?P<1>a)', '(?P<n>a)(?P<n>b)',
            r'\1', '(?<=a+)b', '(?P=x)', '[b-a]', '(?z)', r'\q', 'a{,', '(?', '(?<', '(?P',
            '(?P<a', '[', r'(a)\2', '(?i', '(?#abc', 'x{99999999999}', '(?(2)a|b)', 'a|*',
            '(?P<a>x)(?(b)y)', '\\', '[\\d-z]', '(?ia)', '(?-u:a)', 'a\nb)']
for p in patterns:
    try:
        re.compile(p)
        print('ok', p)
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
    except Exception as e:
        print(repr(p), '->', type(e).__name__, e)

print(re.error, issubclass(re.error, Exception), re.error.__name__)
e = re.error('boom')
print(e, e.msg, e.pos, e.pattern)

calls = [
    lambda: re.match('a', b'a'),
    lambda: re.match(b'a', 'a'),
    lambda: re.match('a', 5),
    lambda: re.compile(5),
    lambda: re.compile(re.compile('a'), re.I),
    lambda: re.sub('a', 5, 'a'),
    lambda: re.sub('a', r'\3', 'a'),
    lambda: re.sub('a', r'\g<x>', 'a'),
    lambda: re.sub('(a)', r'\g<1', 'a'),
    lambda: re.sub('a', r'\q', 'a'),
    lambda: re.compile('a', re.L),
    lambda: re.compile('a', re.A | re.U),
    lambda: re.sub('a', lambda m: 5, 'a'),
    lambda: re.match('(a)', 'a').group(2),
    lambda: re.match('(a)', 'a').expand(r'\2'),
    lambda: re.findall('a', None),
]
for call in calls:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

# expect: 'a(b' -> missing ), unterminated subpattern at position 1 | missing ), unterminated subpattern 1 1 2 True
# expect: 'a)b' -> unbalanced parenthesis at position 1 | unbalanced parenthesis 1 1 2 True
# expect: '[a-' -> unterminated character set at position 0 | unterminated character set 0 1 1 True
# expect: '*a' -> nothing to repeat at position 0 | nothing to repeat 0 1 1 True
# expect: 'a**' -> multiple repeat at position 2 | multiple repeat 2 1 3 True
# expect: 'a{2,1}' -> min repeat greater than max repeat at position 2 | min repeat greater than max repeat 2 1 3 True
# expect: '(?P<1>a)' -> bad character in group name '1' at position 4 | bad character in group name '1' 4 1 5 True
# expect: '(?P<n>a)(?P<n>b)' -> redefinition of group name 'n' as group 2; was group 1 at position 12 | redefinition of group name 'n' as group 2; was group 1 12 1 13 True
# expect: '\\1' -> invalid group reference 1 at position 1 | invalid group reference 1 1 1 2 True
# expect: '(?<=a+)b' -> look-behind requires fixed-width pattern | look-behind requires fixed-width pattern None None None False
# expect: '(?P=x)' -> unknown group name 'x' at position 4 | unknown group name 'x' 4 1 5 True
# expect: '[b-a]' -> bad character range b-a at position 1 | bad character range b-a 1 1 2 True
# expect: '(?z)' -> unknown extension ?z at position 1 | unknown extension ?z 1 1 2 True
# expect: '\\q' -> bad escape \q at position 0 | bad escape \q 0 1 1 True
# expect: ok a{,
# expect: '(?' -> unexpected end of pattern at position 2 | unexpected end of pattern 2 1 3 True
# expect: '(?<' -> unexpected end of pattern at position 3 | unexpected end of pattern 3 1 4 True
# expect: '(?P' -> unexpected end of pattern at position 3 | unexpected end of pattern 3 1 4 True
# expect: '(?P<a' -> missing >, unterminated name at position 4 | missing >, unterminated name 4 1 5 True
# expect: '[' -> unterminated character set at position 0 | unterminated character set 0 1 1 True
# expect: '(a)\\2' -> invalid group reference 2 at position 4 | invalid group reference 2 4 1 5 True
# expect: '(?i' -> missing -, : or ) at position 3 | missing -, : or ) 3 1 4 True
# expect: '(?#abc' -> missing ), unterminated comment at position 0 | missing ), unterminated comment 0 1 1 True
# expect: 'x{99999999999}' -> OverflowError the repetition number is too large
# expect: '(?(2)a|b)' -> invalid group reference 2 at position 3 | invalid group reference 2 3 1 4 True
# expect: 'a|*' -> nothing to repeat at position 2 | nothing to repeat 2 1 3 True
# expect: '(?P<a>x)(?(b)y)' -> unknown group name 'b' at position 11 | unknown group name 'b' 11 1 12 True
# expect: '\\' -> bad escape (end of pattern) at position 0 | bad escape (end of pattern) 0 1 1 True
# expect: '[\\d-z]' -> bad character range \d-z at position 1 | bad character range \d-z 1 1 2 True
# expect: ok (?ia)
# expect: '(?-u:a)' -> bad inline flags: cannot turn off flags 'a', 'u' and 'L' at position 4 | bad inline flags: cannot turn off flags 'a', 'u' and 'L' 4 1 5 True
# expect: 'a\nb)' -> unbalanced parenthesis at position 3 (line 2, column 2) | unbalanced parenthesis 3 2 2 True
# expect: <class 're.error'> True error
# expect: boom boom None None
# expect: TypeError cannot use a string pattern on a bytes-like object
# expect: TypeError cannot use a bytes pattern on a string-like object
# expect: TypeError expected string or bytes-like object, got 'int'
# expect: TypeError first argument must be string or compiled pattern
# expect: ValueError cannot process flags argument with a compiled pattern
# expect: TypeError decoding to str: need a bytes-like object, int found
# expect: error invalid group reference 3 at position 1
# expect: IndexError unknown group name 'x'
# expect: error missing >, unterminated name at position 3
# expect: error bad escape \q at position 0
# expect: ValueError cannot use LOCALE flag with a str pattern
# expect: ValueError ASCII and UNICODE flags are incompatible
# expect: TypeError sequence item 0: expected str instance, int found
# expect: IndexError no such group
# expect: error invalid group reference 2 at position 1
# expect: TypeError expected string or bytes-like object, got 'NoneType'
