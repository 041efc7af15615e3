# quantize, rounding modes, normalize, sqrt/exp/ln/log10, predicates, conversions.
from decimal import *
D = Decimal

modes = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
         ROUND_HALF_EVEN, ROUND_05UP]
for m in modes:
    print(m, [str(D(x).quantize(D('1'), rounding=m))
              for x in ['2.5', '-2.5', '1.5', '0.1', '-0.1', '5.01', '0.5', '10.5', '7', '1.05']])
print(D('3.14159').quantize(D('0.01')), D('2.675').quantize(D('0.01'), ROUND_HALF_UP), D('7').quantize(D('0.001')))
print(D('1234.5678').quantize(D('1E+2')), D('-0.004').quantize(D('0.01')), D('1.2345').quantize(D('1E-10')))
print(round(D('2.5')), round(D('3.5')), round(D('-2.5')), round(D('3.14159'), 2), round(D('1234'), -2), type(round(D('1.5'))).__name__)
print(D('0.000123000').normalize(), D('100').normalize(), D('-0.00').normalize(), D('1.20E+5').normalize())
print(D('2.7').to_integral_value(), D('-2.5').to_integral_value(), D('2.5').to_integral_value(ROUND_UP), D('1E+2').to_integral_exact())
print(D(2).sqrt(), D(4).sqrt(), D('0.04').sqrt(), D(100).sqrt(), D('1E+2').sqrt(), D(0).sqrt(), D('-0').sqrt(), D('0.1').sqrt())
print(D(1).exp(), D(0).exp(), D(-1).exp(), D('0.5').exp(), D(10).exp(), D('-20.5').exp(), D('1E-30').exp())
print(D(2).ln(), D(10).ln(), D(1).ln(), D('0.5').ln(), D('1.000001').ln(), D('12345.6789').ln(), D('1E-50').ln())
print(D(100).log10(), D(2).log10(), D('0.001').log10(), D('1E+500').log10(), D(7).log10(), D('0.9999').log10())
print(D('Infinity').exp(), D('-Infinity').exp(), D(0).ln(), D('Infinity').ln(), D(0).log10())
for s in ['1', '-0', '0', 'NaN', 'sNaN', '-Infinity', '1E-999999', '2.5']:
    d = D(s)
    print(s, d.is_nan(), d.is_qnan(), d.is_snan(), d.is_zero(), d.is_signed(), d.is_finite(),
          d.is_infinite(), d.is_normal(), d.is_subnormal(), d.number_class(), d.adjusted())
print(D('12.345').adjusted(), D('0.001').adjusted(), D('5E+10').adjusted())
print(D('-2.5').as_integer_ratio(), D('0.125').as_integer_ratio(), D('1E+3').as_integer_ratio())
print(int(D('-3.9')), int(D('1E+20')), float(D('1.5')), float(D('-0')), float(D('NaN')), float(D('1E+400')))
print(bool(D(0)), bool(D('0.0')), bool(D('0.1')), bool(D('NaN')))
import math
print(math.floor(D('-1.5')), math.ceil(D('1.2')), math.trunc(D('-1.7')))
print(D(1).compare(D(2)), D(2).compare(D(2)), D(3).compare(D(2)), D('NaN').compare(D(1)))
print(D('2.50').compare_total(D('2.5')), D('-1').compare_total(D('NaN')), D(1).copy_sign(D(-2)), D(-1).copy_abs(), D(1).copy_negate())
print(D(1).max(D(2)), D(1).min(D(2)), D('1.2').max(D('1.20')), D('NaN').max(D(3)), D(-3).max_mag(D(2)), D(-3).min_mag(D(2)))
print(D(1).same_quantum(D('1.0')), D('1.1').same_quantum(D('2.2')), D(10).remainder_near(D(6)), D(2).fma(3, 4))
print(D(1).next_plus(), D(1).next_minus(), D(1).next_toward(2), D('1E+10').scaleb(-3), D(123).logb())
print(max(D(1), D('1.5'), 1), min([D(3), 2, D('2.5')]), sorted([D(3), D('-1.5'), 2, D('0.1')]))

# expect: ROUND_UP ['3', '-3', '2', '1', '-1', '6', '1', '11', '7', '2']
# expect: ROUND_DOWN ['2', '-2', '1', '0', '-0', '5', '0', '10', '7', '1']
# expect: ROUND_CEILING ['3', '-2', '2', '1', '-0', '6', '1', '11', '7', '2']
# expect: ROUND_FLOOR ['2', '-3', '1', '0', '-1', '5', '0', '10', '7', '1']
# expect: ROUND_HALF_UP ['3', '-3', '2', '0', '-0', '5', '1', '11', '7', '1']
# expect: ROUND_HALF_DOWN ['2', '-2', '1', '0', '-0', '5', '0', '10', '7', '1']
# expect: ROUND_HALF_EVEN ['2', '-2', '2', '0', '-0', '5', '0', '10', '7', '1']
# expect: ROUND_05UP ['2', '-2', '1', '1', '-1', '6', '1', '11', '7', '1']
# expect: 3.14 2.68 7.000
# expect: 1.2E+3 -0.00 1.2345000000
# expect: 2 4 -2 3.14 1.2E+3 int
# expect: 0.000123 1E+2 -0 1.2E+5
# expect: 3 -2 3 1E+2
# expect: 1.414213562373095048801688724 2 0.2 10 1E+1 0 -0 0.3162277660168379331998893544
# expect: 2.718281828459045235360287471 1 0.3678794411714423215955237702 1.648721270700128146848650788 22026.46579480671651695790065 1.250152866386742628937553119E-9 1.000000000000000000000000000
# expect: 0.6931471805599453094172321215 2.302585092994045684017991455 0 -0.6931471805599453094172321215 9.999995000003333330833335333E-7 9.421061394191835297121967529 -115.1292546497022842008995727
# expect: 2 0.3010299956639811952137388947 -3 500 0.8450980400142568307122162586 -0.00004343161980751038455604402381
# expect: Infinity 0 -Infinity Infinity -Infinity
# expect: 1 False False False False False True False True False +Normal 0
# expect: -0 False False False True True True False False False -Zero 0
# expect: 0 False False False True False True False False False +Zero 0
# expect: NaN True True False False False False False False False NaN 0
# expect: sNaN True False True False False False False False False sNaN 0
# expect: -Infinity False False False False True False True False False -Infinity 0
# expect: 1E-999999 False False False False False True False True False +Normal -999999
# expect: 2.5 False False False False False True False True False +Normal 0
# expect: 1 -3 10
# expect: (-5, 2) (1, 8) (1000, 1)
# expect: -3 100000000000000000000 1.5 -0.0 nan inf
# expect: False False True True
# expect: -2 2 -1
# expect: -1 0 1 NaN
# expect: -1 -1 -1 1 -1
# expect: 2 1 1.2 3 -3 2
# expect: False True -2 10
# expect: 1.000000000000000000000000001 0.9999999999999999999999999999 1.000000000000000000000000001 1E+7 2
# expect: 1.5 2 [Decimal('-1.5'), Decimal('0.1'), 2, Decimal('3')]
