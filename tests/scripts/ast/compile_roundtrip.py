# compile(ast.parse(src)) gives the same code as compile(src) for every statement and
# expression kind (compared through dis listings, addresses removed).
import ast
import dis
import io
import re

from snippets import SNIPPETS


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
