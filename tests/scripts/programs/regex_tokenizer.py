# A realistic use of re, compared with CPython 3.11.
import re
from collections import namedtuple

Token = namedtuple('Token', ['type', 'value', 'line', 'column'])

def tokenize(code):
    keywords = {'IF', 'THEN', 'ENDIF', 'FOR', 'NEXT', 'GOSUB', 'RETURN'}
    token_specification = [
        ('NUMBER',   r'\d+(\.\d*)?'),
        ('ASSIGN',   r':='),
        ('END',      r';'),
        ('ID',       r'[A-Za-z]+'),
        ('OP',       r'[+\-*/]'),
        ('NEWLINE',  r'\n'),
        ('SKIP',     r'[ \t]+'),
        ('MISMATCH', r'.'),
    ]
    tok_regex = '|'.join('(?P<%s>%s)' % pair for pair in token_specification)
    line_num = 1
    line_start = 0
    for mo in re.finditer(tok_regex, code):
        kind = mo.lastgroup
        value = mo.group()
        column = mo.start() - line_start
        if kind == 'NUMBER':
            value = float(value) if '.' in value else int(value)
        elif kind == 'ID' and value in keywords:
            kind = value
        elif kind == 'NEWLINE':
            line_start = mo.end()
            line_num += 1
            continue
        elif kind == 'SKIP':
            continue
        elif kind == 'MISMATCH':
            raise RuntimeError(f'{value!r} unexpected on line {line_num}')
        yield Token(kind, value, line_num, column)

statements = '''
    IF quantity THEN
        total := total + price * quantity;
        tax := price * 0.05;
    ENDIF;
'''

for token in tokenize(statements):
    print(token)
try:
    list(tokenize("a := 3 $ 4"))
except RuntimeError as e:
    print("error:", e)

# expect: Token(type='IF', value='IF', line=2, column=4)
# expect: Token(type='ID', value='quantity', line=2, column=7)
# expect: Token(type='THEN', value='THEN', line=2, column=16)
# expect: Token(type='ID', value='total', line=3, column=8)
# expect: Token(type='ASSIGN', value=':=', line=3, column=14)
# expect: Token(type='ID', value='total', line=3, column=17)
# expect: Token(type='OP', value='+', line=3, column=23)
# expect: Token(type='ID', value='price', line=3, column=25)
# expect: Token(type='OP', value='*', line=3, column=31)
# expect: Token(type='ID', value='quantity', line=3, column=33)
# expect: Token(type='END', value=';', line=3, column=41)
# expect: Token(type='ID', value='tax', line=4, column=8)
# expect: Token(type='ASSIGN', value=':=', line=4, column=12)
# expect: Token(type='ID', value='price', line=4, column=15)
# expect: Token(type='OP', value='*', line=4, column=21)
# expect: Token(type='NUMBER', value=0.05, line=4, column=23)
# expect: Token(type='END', value=';', line=4, column=27)
# expect: Token(type='ENDIF', value='ENDIF', line=5, column=4)
# expect: Token(type='END', value=';', line=5, column=9)
# expect: error: '$' unexpected on line 1
