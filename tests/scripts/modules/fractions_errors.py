# Bad arguments raise CPython's exceptions and messages.
from fractions import Fraction

for text in ['', 'abc', '1/', '/2', '1 /2', '1.5/2', '1e', '1_', '1__0', '.', '1.2.3', 'inf']:
    try:
        Fraction(text)
    except ValueError as e:
        print(e)
for args in [(1, 0), (1.5, 2), ('1', 2), (None,), ([],)]:
    try:
        Fraction(*args)
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
for x in [float('inf'), float('nan')]:
    try:
        Fraction(x)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for call in [lambda: Fraction(1) / 0, lambda: Fraction(0) ** -1, lambda: Fraction(1, 2) + 'x',
             lambda: Fraction(1, 2) < 'x', lambda: Fraction.from_float('x'),
             lambda: Fraction(1, 3).limit_denominator(0)]:
    try:
        call()
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)

# expect: Invalid literal for Fraction: ''
# expect: Invalid literal for Fraction: 'abc'
# expect: Invalid literal for Fraction: '1/'
# expect: Invalid literal for Fraction: '/2'
# expect: Invalid literal for Fraction: '1 /2'
# expect: Invalid literal for Fraction: '1.5/2'
# expect: Invalid literal for Fraction: '1e'
# expect: Invalid literal for Fraction: '1_'
# expect: Invalid literal for Fraction: '1__0'
# expect: Invalid literal for Fraction: '.'
# expect: Invalid literal for Fraction: '1.2.3'
# expect: Invalid literal for Fraction: 'inf'
# expect: ZeroDivisionError Fraction(1, 0)
# expect: TypeError both arguments should be Rational instances
# expect: TypeError both arguments should be Rational instances
# expect: TypeError argument should be a string or a Rational instance
# expect: TypeError argument should be a string or a Rational instance
# expect: OverflowError cannot convert Infinity to integer ratio
# expect: ValueError cannot convert NaN to integer ratio
# expect: ZeroDivisionError Fraction(1, 0)
# expect: ZeroDivisionError Fraction(1, 0)
# expect: TypeError unsupported operand type(s) for +: 'Fraction' and 'str'
# expect: TypeError '<' not supported between instances of 'Fraction' and 'str'
# expect: TypeError Fraction.from_float() only takes floats, not 'x' (str)
# expect: ValueError max_denominator should be at least 1
