# Decimal from strings, ints, floats, tuples and Decimals; str/repr rules.
from decimal import Decimal, DecimalTuple, getcontext

for text in ['0', '-0', '1.50', ' 12.5\n', '1_000_000.000_1', '1e3', '1E+3', '-1.23e-7',
             '.5', '5.', '+7', 'NaN', '-nan', 'nan123', 'sNaN', 'Infinity', '-inf', 'INF',
             '0.000001', '0.0000001', '1E-7', '123456789012345678901234567890123',
             '0E+5', '0e-10', '1000E-2', '-00012.3400']:
    d = Decimal(text)
    print(repr(text), repr(d), str(d), d.to_eng_string())
for n in [0, 7, -42, 10**30, True]:
    print(repr(Decimal(n)))
for f in [0.1, 0.5, -2.25, 1e20, 1e-5, -0.0, float('inf'), float('nan')]:
    print(repr(Decimal(f)))
print(Decimal(0.1) == Decimal('0.1000000000000000055511151231257827021181583404541015625'))
print(repr(Decimal.from_float(1.25)), repr(Decimal.from_float(3)))
for t in [(0, (1, 2, 3), -2), (1, (4, 5), 3), (0, (), 'F'), (1, (0,), 'n'), (0, (2,), 'N'), [0, [9], 0]]:
    print(repr(Decimal(t)))
d = Decimal('-3.140')
print(repr(Decimal(d)), d.as_tuple(), isinstance(d.as_tuple(), tuple))
t = d.as_tuple()
print(t.sign, t.digits, t.exponent, DecimalTuple(0, (1,), 2))
print(Decimal('Infinity').as_tuple(), Decimal('NaN').as_tuple())
for s in ['1E+3', '12345E-3', '1.2E+7', '0.00000012', '0E-8', '-1E+2', '123E+4']:
    print(Decimal(s).to_eng_string())
getcontext().capitals = 0
print(Decimal('1E+10'))
getcontext().capitals = 1
print(Decimal('1E+10'))
class Money(Decimal):
    pass
m = Money('2.50')
print(type(m).__name__, m, isinstance(m, Decimal))
print(Decimal(), Decimal('  -0.00  '), Decimal('1e-0'))

# expect: '0' Decimal('0') 0 0
# expect: '-0' Decimal('-0') -0 -0
# expect: '1.50' Decimal('1.50') 1.50 1.50
# expect: ' 12.5\n' Decimal('12.5') 12.5 12.5
# expect: '1_000_000.000_1' Decimal('1000000.0001') 1000000.0001 1000000.0001
# expect: '1e3' Decimal('1E+3') 1E+3 1E+3
# expect: '1E+3' Decimal('1E+3') 1E+3 1E+3
# expect: '-1.23e-7' Decimal('-1.23E-7') -1.23E-7 -123E-9
# expect: '.5' Decimal('0.5') 0.5 0.5
# expect: '5.' Decimal('5') 5 5
# expect: '+7' Decimal('7') 7 7
# expect: 'NaN' Decimal('NaN') NaN NaN
# expect: '-nan' Decimal('-NaN') -NaN -NaN
# expect: 'nan123' Decimal('NaN123') NaN123 NaN123
# expect: 'sNaN' Decimal('sNaN') sNaN sNaN
# expect: 'Infinity' Decimal('Infinity') Infinity Infinity
# expect: '-inf' Decimal('-Infinity') -Infinity -Infinity
# expect: 'INF' Decimal('Infinity') Infinity Infinity
# expect: '0.000001' Decimal('0.000001') 0.000001 0.000001
# expect: '0.0000001' Decimal('1E-7') 1E-7 100E-9
# expect: '1E-7' Decimal('1E-7') 1E-7 100E-9
# expect: '123456789012345678901234567890123' Decimal('123456789012345678901234567890123') 123456789012345678901234567890123 123456789012345678901234567890123
# expect: '0E+5' Decimal('0E+5') 0E+5 0.0E+6
# expect: '0e-10' Decimal('0E-10') 0E-10 0.0E-9
# expect: '1000E-2' Decimal('10.00') 10.00 10.00
# expect: '-00012.3400' Decimal('-12.3400') -12.3400 -12.3400
# expect: Decimal('0')
# expect: Decimal('7')
# expect: Decimal('-42')
# expect: Decimal('1000000000000000000000000000000')
# expect: Decimal('1')
# expect: Decimal('0.1000000000000000055511151231257827021181583404541015625')
# expect: Decimal('0.5')
# expect: Decimal('-2.25')
# expect: Decimal('100000000000000000000')
# expect: Decimal('0.000010000000000000000818030539140313095458623138256371021270751953125')
# expect: Decimal('-0')
# expect: Decimal('Infinity')
# expect: Decimal('NaN')
# expect: True
# expect: Decimal('1.25') Decimal('3')
# expect: Decimal('1.23')
# expect: Decimal('-4.5E+4')
# expect: Decimal('Infinity')
# expect: Decimal('-NaN')
# expect: Decimal('sNaN2')
# expect: Decimal('9')
# expect: Decimal('-3.140') DecimalTuple(sign=1, digits=(3, 1, 4, 0), exponent=-3) True
# expect: 1 (3, 1, 4, 0) -3 DecimalTuple(sign=0, digits=(1,), exponent=2)
# expect: DecimalTuple(sign=0, digits=(0,), exponent='F') DecimalTuple(sign=0, digits=(), exponent='n')
# expect: 1E+3
# expect: 12.345
# expect: 12E+6
# expect: 120E-9
# expect: 0.00E-6
# expect: -100
# expect: 1.23E+6
# expect: 1e+10
# expect: 1E+10
# expect: Money 2.50 True
# expect: 0 -0.00 1
