# A realistic use of re, compared with CPython 3.11.
import re

TOKEN = re.compile(r'\s*(?:(\d+\.?\d*)|(\*\*|[-+*/()^%]))')

def tokens(expr):
    pos = 0
    expr = expr.rstrip()
    while pos < len(expr):
        m = TOKEN.match(expr, pos)
        if not m or m.end() == pos:
            raise SyntaxError(f"bad input at {pos}: {expr[pos:]!r}")
        num, op = m.groups()
        yield ('num', float(num)) if num else ('op', op)
        pos = m.end()

def parse(expr):
    toks = list(tokens(expr)) + [('end', None)]
    i = 0
    def peek():
        return toks[i]
    def take():
        nonlocal i
        i += 1
        return toks[i - 1]
    def atom():
        kind, val = take()
        if kind == 'num':
            return val
        if val == '(':
            v = add()
            take()
            return v
        if val == '-':
            return -atom()
        raise SyntaxError(f"unexpected {val!r}")
    def power():
        b = atom()
        if peek()[1] in ('**', '^'):
            take()
            return b ** power()
        return b
    def mul():
        v = power()
        while peek()[1] in ('*', '/', '%'):
            op = take()[1]
            r = power()
            v = v * r if op == '*' else v / r if op == '/' else v % r
        return v
    def add():
        v = mul()
        while peek()[1] in ('+', '-'):
            op = take()[1]
            r = mul()
            v = v + r if op == '+' else v - r
        return v
    return add()

for e in ["1 + 2 * 3", "(1+2)*3", "2 ** 3 ** 2", "10 / 4 - 1", "-(3 + 4) * 2", "7 % 4 + 2^2", "3 $ 4"]:
    try:
        print(e, '=', parse(e))
    except SyntaxError as err:
        print(e, '->', err)

# expect: 1 + 2 * 3 = 7.0
# expect: (1+2)*3 = 9.0
# expect: 2 ** 3 ** 2 = 512.0
# expect: 10 / 4 - 1 = 1.5
# expect: -(3 + 4) * 2 = -14.0
# expect: 7 % 4 + 2^2 = 7.0
# expect: 3 $ 4 -> bad input at 1: ' $ 4'
