# Bond coupon accrual with day counts; the results in a formatted table.
from decimal import Decimal, ROUND_HALF_EVEN, getcontext

getcontext().rounding = ROUND_HALF_EVEN
face = Decimal('1000000')
coupon = Decimal('0.04375')
periods = [('30/360', 90, 360), ('ACT/360', 92, 360), ('ACT/365', 92, 365), ('ACT/ACT', 92, 366)]
print(f"{'basis':<8}{'days':>5}{'year':>6}{'accrued':>15}{'factor':>14}")
for basis, days, year in periods:
    factor = Decimal(days) / Decimal(year)
    accrued = (face * coupon * factor).quantize(Decimal('0.01'))
    print(f'{basis:<8}{days:>5}{year:>6}{accrued:>15,}{factor:>14.10f}')
ytm = Decimal('0.0512')
price = sum(face * coupon / 2 / (1 + ytm / 2) ** t for t in range(1, 11)) + face / (1 + ytm / 2) ** 10
print('price per 100:', (price / face * 100).quantize(Decimal('0.0001')))
print('context:', getcontext().prec, getcontext().rounding)

# expect: basis    days  year        accrued        factor
# expect: 30/360     90   360      10,937.50  0.2500000000
# expect: ACT/360    92   360      11,180.56  0.2555555556
# expect: ACT/365    92   365      11,027.40  0.2520547945
# expect: ACT/ACT    92   366      10,997.27  0.2513661202
# expect: price per 100: 96.7499
# expect: context: 28 ROUND_HALF_EVEN
