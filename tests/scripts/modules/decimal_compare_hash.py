# Comparisons with ints, floats and Fractions; hashes equal int's and float's.
from decimal import Decimal as D, getcontext, FloatOperation
from fractions import Fraction

print(D('1.0') == 1, D('1.5') == 1.5, D('0.1') == 0.1, D(1) < 2, D('2.5') > 2.4, D(2) <= 2, D(3) >= 3.5)
print(D('1.5') == Fraction(3, 2), D('0.1') < Fraction(1, 3), D('1') != 'x', D('1') == None)
print(D('NaN') == D('NaN'), D('NaN') != D(1), D('Infinity') > 10**100, D('-Infinity') < -1e308)
for v in ['1', '1.0', '0.5', '-2.25', '1E+3', '123.456', '1E-30', '0', '-0', 'Infinity', '-Infinity', '1E+30']:
    d = D(v)
    ok_f = hash(d) == hash(float(d)) if float(d) == d else 'n/a'
    ok_i = hash(d) == hash(int(d)) if d.is_finite() and d == int(d) else 'n/a'
    ok_q = hash(d) == hash(Fraction(d)) if d.is_finite() else 'n/a'
    print(v, ok_f, ok_i, ok_q)
print(hash(D('1.10')) == hash(D('1.1')), len({D('1'), D('1.0'), 1, 1.0}), {D('0.5'): 'half'}[0.5])
try:
    hash(D('sNaN'))
except TypeError as e:
    print('TypeError', e)
ctx = getcontext()
ctx.clear_flags()
print(D(1) == 1.0, ctx.flags[FloatOperation])
print(D(1) < 1.5, ctx.flags[FloatOperation])
ctx.clear_flags()
x = D(0.25)
print(x, ctx.flags[FloatOperation])

# expect: True True False True True True False
# expect: True True True False
# expect: False True True True
# expect: 1 True True True
# expect: 1.0 True True True
# expect: 0.5 True n/a True
# expect: -2.25 True n/a True
# expect: 1E+3 True True True
# expect: 123.456 n/a n/a True
# expect: 1E-30 n/a n/a True
# expect: 0 True True True
# expect: -0 True True True
# expect: Infinity True n/a n/a
# expect: -Infinity True n/a n/a
# expect: 1E+30 n/a True True
# expect: True 1 half
# expect: TypeError Cannot hash a signaling NaN value
# expect: True True
# expect: True True
# expect: 0.25 True
