# Trapped signals raise with CPython's messages; bad arguments.
from decimal import *
D = Decimal

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: D('abc'))
show(lambda: D('1.2.3'))
show(lambda: D('1__0'))
show(lambda: D(''))
show(lambda: D('1e'))
show(lambda: D(1) / 0)
show(lambda: D(0) / 0)
show(lambda: D(1) // 0)
show(lambda: D(1) % 0)
show(lambda: D(0) % 0)
show(lambda: D(-1).sqrt())
show(lambda: D(-1).ln())
show(lambda: D('Infinity') - D('Infinity'))
show(lambda: D('Infinity') * 0)
show(lambda: D(10**30) // D('0.001'))
show(lambda: D('1E+999999') * 10)
show(lambda: D('sNaN') + 1)
show(lambda: D('NaN') < 1)
show(lambda: D('123.456').quantize(D('1E-30')))
show(lambda: D(0) ** 0)
show(lambda: D(-2) ** D('0.5'))
show(lambda: D(1) + 1.5)
show(lambda: 1.5 * D(1))
show(lambda: D([1, 2]))
show(lambda: D({}))
show(lambda: D((2, (1,), 0)))
show(lambda: D((0, (10,), 0)))
show(lambda: D((0, (1,), 'x')))
show(lambda: D((0, (1,))))
show(lambda: int(D('NaN')))
show(lambda: int(D('-Infinity')))
show(lambda: round(D('NaN')))
show(lambda: round(D('Infinity')))
show(lambda: D('NaN').as_integer_ratio())
show(lambda: D('Infinity').as_integer_ratio())
show(lambda: float(D('sNaN')))
show(lambda: getcontext().flags.__setitem__('x', 1))
show(lambda: Context().foo)
show(lambda: D(1).quantize('0.1'))
ctx = getcontext()
ctx.traps[FloatOperation] = True
show(lambda: D(1.5))
show(lambda: D(1) < 1.5)
show(lambda: D(1) == 1.5)
ctx.traps[FloatOperation] = False
D('abc def')

# expect: InvalidOperation [<class 'decimal.ConversionSyntax'>]
# expect: InvalidOperation [<class 'decimal.ConversionSyntax'>]
# expect: 10
# expect: InvalidOperation [<class 'decimal.ConversionSyntax'>]
# expect: InvalidOperation [<class 'decimal.ConversionSyntax'>]
# expect: DivisionByZero [<class 'decimal.DivisionByZero'>]
# expect: InvalidOperation [<class 'decimal.DivisionUndefined'>]
# expect: DivisionByZero [<class 'decimal.DivisionByZero'>]
# expect: InvalidOperation [<class 'decimal.InvalidOperation'>]
# expect: InvalidOperation [<class 'decimal.DivisionUndefined'>]
# expect: InvalidOperation [<class 'decimal.InvalidOperation'>]
# expect: InvalidOperation [<class 'decimal.InvalidOperation'>]
# expect: InvalidOperation [<class 'decimal.InvalidOperation'>]
# expect: InvalidOperation [<class 'decimal.InvalidOperation'>]
# expect: InvalidOperation [<class 'decimal.DivisionImpossible'>]
# expect: Overflow [<class 'decimal.Overflow'>]
# expect: InvalidOperation [<class 'decimal.InvalidOperation'>]
# expect: InvalidOperation [<class 'decimal.InvalidOperation'>]
# expect: InvalidOperation [<class 'decimal.InvalidOperation'>]
# expect: InvalidOperation [<class 'decimal.InvalidOperation'>]
# expect: InvalidOperation [<class 'decimal.InvalidOperation'>]
# expect: TypeError unsupported operand type(s) for +: 'decimal.Decimal' and 'float'
# expect: TypeError unsupported operand type(s) for *: 'float' and 'decimal.Decimal'
# expect: ValueError argument must be a sequence of length 3
# expect: TypeError conversion from dict to Decimal is not supported
# expect: ValueError sign must be an integer with the value 0 or 1
# expect: ValueError coefficient must be a tuple of digits
# expect: ValueError string argument in the third position must be 'F', 'n' or 'N'
# expect: ValueError argument must be a sequence of length 3
# expect: ValueError cannot convert NaN to integer
# expect: OverflowError cannot convert Infinity to integer
# expect: ValueError cannot convert NaN to integer
# expect: OverflowError cannot convert Infinity to integer
# expect: ValueError cannot convert NaN to integer ratio
# expect: OverflowError cannot convert Infinity to integer ratio
# expect: ValueError cannot convert signaling NaN to float
# expect: KeyError 'valid values for signals are:\n  [InvalidOperation, FloatOperation, DivisionByZero,\n   Overflow, Underflow, Subnormal, Inexact, Rounded,\n   Clamped]'
# expect: AttributeError 'decimal.Context' object has no attribute 'foo'
# expect: TypeError conversion from str to Decimal is not supported
# expect: FloatOperation [<class 'decimal.FloatOperation'>]
# expect: FloatOperation [<class 'decimal.FloatOperation'>]
# expect: False
# expect runtime error: decimal.InvalidOperation: [<class 'decimal.ConversionSyntax'>]
