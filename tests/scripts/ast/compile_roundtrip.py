# compile(ast.parse(src)) gives the same code as compile(src) for every statement and
# expression kind (compared through dis listings, addresses removed).
import ast
import dis
import io
import re

SNIPPETS = [
    'x = 1',
    'a = b = c',
    'a, *b = [1, 2]',
    'x: int = 5',
    '(y): int',
    'self.x: List[int]',
    'x += 1; y -= 2; z *= 3; w @= 4; v /= 5; u //= 6; t %= 7; s **= 8; r >>= 1; q <<= 2; p &= 3; o |= 4; n ^= 5',
    'del a, b[0], c.d',
    'pass\nbreak\ncontinue',
    'def f(a, /, b, c=1, *args, d, e=2, **kw) -> int:\n    return a',
    'async def g():\n    await x\n    async for i in y:\n        pass\n    async with z as w:\n        pass',
    "@dec\n@dec2(1)\nclass C(B, metaclass=M):\n    '''doc'''\n    x = 1",
    'for i in range(10):\n    pass\nelse:\n    pass',
    'while x:\n    break\nelse:\n    y',
    'if a:\n    pass\nelif b:\n    pass\nelse:\n    pass',
    'with open(f) as g, h:\n    pass',
    'raise E from e',
    'raise',
    'try:\n    pass\nexcept E as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass',
    'try:\n    pass\nexcept* E as e:\n    pass',
    "assert x, 'msg'",
    'import a.b.c as d, e',
    'from ..m import (x as y, z)',
    'from . import x',
    'from m import *',
    'global a, b',
    'def f():\n    nonlocal a',
    'a and b or c and not d',
    '(x := 10)',
    'a + b - c * d / e // f % g ** h @ i',
    'a << b >> c | d ^ e & f',
    '-a + +b - ~c',
    'lambda x, *y, z=1, **k: x',
    'a if b else c',
    "{1: 2, **d, 'k': v}",
    '{1, 2, *s}',
    '[x for x in y if x if z for w in x]',
    '{x for x in y}',
    '{k: v for k, v in items}',
    '(x for x in y)',
    'async def f():\n    return [x async for x in y]',
    'def g():\n    yield\n    yield 1\n    yield from h',
    'a < b <= c > d >= e == f != g is h is not i in j not in k',
    'f(a, *b, c=d, **e)',
    "f'a{b!r:>{w}} {c=} {d!s} {e!a}'",
    "f'{x:{y}.{z}f}'",
    "'head' f'{x}' 'tail'",
    "1, 1.5, 2j, 'a', b'b', u'c', None, True, False, ...",
    '0x1F + 0o17 + 0b11 + 1_000_000 + 123456789012345678901234567890',
    '1e300 * 1e-5, 1.0, 0.1',
    "'\\u00e9\\n\\t' + '\\x00'",
    "'''multi\nline'''",
    'a.b.c',
    'a[1]; a[1:2]; a[::3]; a[1:2, 3]; a[...]',
    '*a, b = c',
    '[a, b] = c',
    "match x:\n    case 1:\n        pass\n    case [a, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=_) | None:\n        pass\n    case str() as s if s:\n        pass\n    case True:\n        pass\n    case -1 | 1+2j:\n        pass\n    case a.b:\n        pass\n    case [*_]:\n        pass\n    case _:\n        pass",
    'x = \'é\' + "ü"  # comment',
    'def f(*, a): pass',
    'def f(a=1, /): pass',
    'class A: pass',
    "print(*args, sep='')",
    'x[a:b, c:d]',
    'not x',
    '(a, b)',
    '()',
    '[]',
    '{}',
    'if x: y = 1',
    '\n\n# comment\nx\n',
    'x = (\n  1 +\n  2\n)',
    'x = 1 if y else 2; z = [1,\n 2]',
    'async def f():\n    async with a:\n        pass',
    'f(x for x in y)',
    'f(a)(b)(c)',
    'a = yield_ = 1',
    "print('%s' % x)",
    '@property\ndef f(self): ...',
    'del (a), [b]',
    'for x, in y: pass',
    'lambda: 0',
    'lambda *, k: k',
    'x = -1; y = - 2.5',
    'global_ = [*a, *b]',
    'a[b][c].d(e)[f]',
    'return_ = 1',
    "s = 'héllo'; t = 'ü' + x",
    "def f():\n    '''doc'''\n    def g():\n        return lambda: (yield)\n    return g",
    'x = [\n    1,\n    2,\n]',
    'if a:\n    if b:\n        pass\n    else:\n        c\nelse:\n    d',
    'try:\n    x\nfinally:\n    y',
    'while True:\n    if x: continue\n    break',
    "class C:\n    def m(self, *, a: int = 1) -> 'C':\n        return super().m()",
    'a.b = c[d] = e',
    'x[1:2] = y',
    "b'\\x00\\xff' + rb'\\d'",
    "r'\\n' + '\\N{BULLET}'",
    '(a for b in c for d in e)',
    '[*range(3)]',
    "f(**{'a': 1})",
    'x = 10 ** -2',
    'x if y else (z if w else v)',
    'async def f():\n    await asyncio.sleep(1)\n    return [await x for x in y]',
    'def f(a, b=2, *, c, d=4, **e): pass',
    "x = {**a, 'b': 1}",
    'with a, b as (c, d):\n    pass',
    'for [a, b] in c: pass',
    'del x[0:1]',
    'a = not b == c',
    'x = 1 < 2',
    "'%d' % 5",
    "u'x' 'y'",
    'x = ...',
    'f(a=1, a=2, b=3)',
    '*a = 1',
]


def listing(code):
    out = io.StringIO()
    dis.dis(code, file=out)
    return re.sub(' at 0x[0-9a-f]+', '', out.getvalue())


for i, src in enumerate(SNIPPETS):
    try:
        code = compile(ast.parse(src), 'f', 'exec')
    except SyntaxError as e:
        print(i, 'SyntaxError', e)
        continue
    if listing(code) != listing(compile(src, 'f', 'exec')):
        print(i, 'differs')
print('done')

# expect: 8 SyntaxError 'break' outside loop (f, line 2)
# expect: 26 SyntaxError no binding for nonlocal 'a' found (f, line 2)
# expect: 113 SyntaxError keyword argument repeated: a (f, line 1)
# expect: 114 SyntaxError starred assignment target must be in a list or tuple (f, line 1)
# expect: done
