# Powers: exact integer powers, non-integer powers (never exact, as the C module), limits.
from decimal import *
D = Decimal

for a, b in [('4', '0.5'), ('100', '0.5'), ('0.25', '0.5'), ('4', '1.5'), ('16', '0.25'), ('2.25', '0.5'),
             ('27', '0.5'), ('1.21', '1.5'), ('4', '2.0'), ('4', '-0.5'), ('1', '0.5'), ('1.0', '2.5'),
             ('2', '0.5'), ('10', '-2.5'), ('0.5', '100.5'), ('1.0000001', '12345.678'), ('2', '-3'),
             ('-2', '3'), ('-8', '-3'), ('0.1', '3'), ('1.1', '50'), ('-0', '-1'), ('0', '-2'),
             ('Infinity', '-1'), ('-Infinity', '3'), ('2', 'Infinity'), ('0.5', 'Infinity'), ('1', 'Infinity')]:
    c = getcontext()
    c.clear_flags()
    try:
        r = D(a) ** D(b)
    except DecimalException as e:
        r = type(e).__name__
    print(a, b, repr(r), [s.__name__ for s, v in c.flags.items() if v])
c = Context(prec=5, Emax=50, Emin=-50, traps=[])
for a, b in [(10, 100), (10, 51), (10, -100), (10, -60), ('0.1', 53), (7, 70), (2, 10000)]:
    c.clear_flags()
    print(a, b, c.power(D(a), b), sorted(s.__name__ for s, v in c.flags.items() if v))
print(D(3).__pow__(4, 5), D(-7).__pow__(3, 10), Context().power(2, 100, 7))
print(D(2) ** 1000 == 2 ** 1000, D('1.5') ** 64, D(2) ** 100000 > D('1E+30000'))

# expect: 4 0.5 Decimal('2.000000000000000000000000000') ['Inexact', 'Rounded']
# expect: 100 0.5 Decimal('10.00000000000000000000000000') ['Inexact', 'Rounded']
# expect: 0.25 0.5 Decimal('0.5000000000000000000000000000') ['Inexact', 'Rounded']
# expect: 4 1.5 Decimal('8.000000000000000000000000000') ['Inexact', 'Rounded']
# expect: 16 0.25 Decimal('2.000000000000000000000000000') ['Inexact', 'Rounded']
# expect: 2.25 0.5 Decimal('1.500000000000000000000000000') ['Inexact', 'Rounded']
# expect: 27 0.5 Decimal('5.196152422706631880582339025') ['Inexact', 'Rounded']
# expect: 1.21 1.5 Decimal('1.331000000000000000000000000') ['Inexact', 'Rounded']
# expect: 4 2.0 Decimal('16') []
# expect: 4 -0.5 Decimal('0.5000000000000000000000000000') ['Inexact', 'Rounded']
# expect: 1 0.5 Decimal('1.000000000000000000000000000') ['Inexact', 'Rounded']
# expect: 1.0 2.5 Decimal('1.000000000000000000000000000') ['Inexact', 'Rounded']
# expect: 2 0.5 Decimal('1.414213562373095048801688724') ['Inexact', 'Rounded']
# expect: 10 -2.5 Decimal('0.003162277660168379331998893544') ['Inexact', 'Rounded']
# expect: 0.5 100.5 Decimal('5.578088954947358002532746369E-31') ['Inexact', 'Rounded']
# expect: 1.0000001 12345.678 Decimal('1.001235330130731235570355811') ['Inexact', 'Rounded']
# expect: 2 -3 Decimal('0.125') []
# expect: -2 3 Decimal('-8') []
# expect: -8 -3 Decimal('-0.001953125') []
# expect: 0.1 3 Decimal('0.001') []
# expect: 1.1 50 Decimal('117.3908528796953165066664960') ['Inexact', 'Rounded']
# expect: -0 -1 Decimal('-Infinity') []
# expect: 0 -2 Decimal('Infinity') []
# expect: Infinity -1 Decimal('0') []
# expect: -Infinity 3 Decimal('-Infinity') []
# expect: 2 Infinity Decimal('Infinity') []
# expect: 0.5 Infinity Decimal('0') []
# expect: 1 Infinity Decimal('1.000000000000000000000000000') ['Inexact', 'Rounded']
# expect: 10 100 Infinity ['Inexact', 'Overflow', 'Rounded']
# expect: 10 51 Infinity ['Inexact', 'Overflow', 'Rounded']
# expect: 10 -100 0E-54 ['Clamped', 'Inexact', 'Rounded', 'Subnormal', 'Underflow']
# expect: 10 -60 0E-54 ['Clamped', 'Inexact', 'Rounded', 'Subnormal', 'Underflow']
# expect: 0.1 53 1E-53 ['Subnormal']
# expect: 7 70 Infinity ['Inexact', 'Overflow', 'Rounded']
# expect: 2 10000 Infinity ['Inexact', 'Overflow', 'Rounded']
# expect: 1 -3 2
# expect: False 186140372879.4734215467410605 True
