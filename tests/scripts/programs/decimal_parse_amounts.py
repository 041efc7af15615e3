# Validating user-entered amounts: syntax errors, signs, precision limits, special values.
from decimal import Decimal, InvalidOperation, DecimalException, getcontext

def parse_amount(text):
    try:
        d = Decimal(text)
    except InvalidOperation as e:
        return f'error: not a number ({e.args[0][0].__name__})'
    if not d.is_finite():
        return f'error: {d} is not allowed'
    if d.is_signed() and not d.is_zero():
        return 'error: negative'
    if d.as_tuple().exponent < -2:
        return f'error: too many decimals ({-d.as_tuple().exponent})'
    return d.quantize(Decimal('0.01'))

for text in ['12', '12.5', ' 7.25 ', '1,000', '1_000', '-3', '-0', '0.001', 'NaN', 'inf', '', '3e2', '1e-2', '$5', '12.345']:
    print(repr(text), '->', parse_amount(text))

ctx = getcontext()
ctx.traps[InvalidOperation] = False
x = Decimal('garbage')
print(x, x.is_nan(), ctx.flags[InvalidOperation])
print(Decimal('1') / Decimal('0') if False else 'skip', Decimal(0) * Decimal('Infinity'))
ctx.traps[InvalidOperation] = True
try:
    Decimal('Infinity') - Decimal('Infinity')
except DecimalException as e:
    print(type(e).__name__, isinstance(e, ArithmeticError), e)

# expect: '12' -> 12.00
# expect: '12.5' -> 12.50
# expect: ' 7.25 ' -> 7.25
# expect: '1,000' -> error: not a number (ConversionSyntax)
# expect: '1_000' -> 1000.00
# expect: '-3' -> error: negative
# expect: '-0' -> -0.00
# expect: '0.001' -> error: too many decimals (3)
# expect: 'NaN' -> error: NaN is not allowed
# expect: 'inf' -> error: Infinity is not allowed
# expect: '' -> error: not a number (ConversionSyntax)
# expect: '3e2' -> 300.00
# expect: '1e-2' -> 0.01
# expect: '$5' -> error: not a number (ConversionSyntax)
# expect: '12.345' -> error: too many decimals (3)
# expect: NaN True True
# expect: skip NaN
# expect: InvalidOperation True [<class 'decimal.InvalidOperation'>]
