# Contexts: attributes, repr, flags and traps, localcontext, the templates.
from decimal import *
D = Decimal

print(getcontext())
print(DefaultContext.prec, BasicContext, ExtendedContext, sep='\n')
c = Context(prec=5, rounding=ROUND_DOWN)
print(c.prec, c.rounding, c.Emin, c.Emax, c.Etiny(), c.Etop())
print(c.divide(D(2), D(3)), c.add(D('1.23456'), 1), c.create_decimal('3.14159265'), c.power(2, 20))
print(c.flags[Inexact], c.flags[Rounded], c)
c.clear_flags()
print(c.flags[Inexact], c.sqrt(D(16)), c.flags[Inexact])
c = ExtendedContext.copy()
print(c.divide(D(1), D(0)), c.divide(D(0), D(0)), c.sqrt(D(-1)), c.create_decimal('abc'))
print(sorted(s.__name__ for s, v in c.flags.items() if v))
with localcontext() as lc:
    lc.prec = 3
    print(D(10) / D(3), getcontext().prec)
print(D(10) / D(3), getcontext().prec)
with localcontext(prec=4, rounding=ROUND_UP):
    print(D(10) / D(3))
with localcontext(Context(prec=2)) as lc2:
    print(D('1.55') + 0, lc2.prec)
setcontext(BasicContext)
print(D(1) / D(3), getcontext().prec, getcontext() is BasicContext)
setcontext(DefaultContext)
print(D(1) / D(3))
c = Context(Emax=3, Emin=-3, traps=[])
print(c.multiply(D(999), D(10)), c.multiply(D(999), D(1000)), c.divide(D(1), D(10**6)), c.flags[Overflow], c.flags[Underflow], c.flags[Subnormal])
c = Context(prec=3, Emax=5, clamp=1)
print(c.create_decimal('1E+5'), c.flags[Clamped])
ctx = getcontext()
ctx.traps[Inexact] = True
try:
    D(1) / D(3)
except Inexact as e:
    print(type(e).__name__, e)
ctx.traps[Inexact] = False
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(DivisionUndefined, ZeroDivisionError),
      issubclass(FloatOperation, TypeError), issubclass(DecimalException, ArithmeticError),
      issubclass(ConversionSyntax, InvalidOperation), issubclass(Underflow, Subnormal), Overflow.__mro__[1:3])
print(MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY)
for bad in [dict(prec=0), dict(prec='x'), dict(rounding='nearest'), dict(Emax=-1), dict(Emin=1), dict(clamp=2), dict(nope=1)]:
    try:
        with localcontext(**bad):
            pass
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# expect: Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[], traps=[InvalidOperation, DivisionByZero, Overflow])
# expect: 28
# expect: Context(prec=9, rounding=ROUND_HALF_UP, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[], traps=[Clamped, InvalidOperation, DivisionByZero, Overflow, Underflow])
# expect: Context(prec=9, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[], traps=[])
# expect: 5 ROUND_DOWN -999999 999999 -1000003 999995
# expect: 0.66666 2.2345 3.1415 1.0485E+6
# expect: True True Context(prec=5, rounding=ROUND_DOWN, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[Inexact, Rounded], traps=[InvalidOperation, DivisionByZero, Overflow])
# expect: False 4 False
# expect: Infinity NaN NaN NaN
# expect: ['DivisionByZero', 'InvalidOperation']
# expect: 3.33 3
# expect: 3.333333333333333333333333333 28
# expect: 3.334
# expect: 1.6 2
# expect: 0.333333333 9 False
# expect: 0.3333333333333333333333333333
# expect: 9990 Infinity 0.000001 True False True
# expect: 1.00E+5 True
# expect: Inexact [<class 'decimal.Inexact'>]
# expect: True True True True True True (<class 'decimal.Inexact'>, <class 'decimal.Rounded'>)
# expect: 999999999999999999 999999999999999999 -999999999999999999 -1999999999999999997
# expect: ValueError valid range for prec is [1, MAX_PREC]
# expect: TypeError an integer is required
# expect: TypeError valid values for rounding are:
# expect:   [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,
# expect:    ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,
# expect:    ROUND_05UP]
# expect: ValueError valid range for Emax is [0, MAX_EMAX]
# expect: ValueError valid range for Emin is [MIN_EMIN, 0]
# expect: ValueError valid values for clamp are 0 or 1
# expect: TypeError 'nope' is an invalid keyword argument for this function
