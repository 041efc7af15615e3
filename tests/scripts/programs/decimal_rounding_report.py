# How each rounding mode treats ties and negatives: a report for an accounting policy.
import decimal
from decimal import Decimal

modes = [m for m in dir(decimal) if m.startswith('ROUND_')]
samples = ['2.345', '2.355', '-2.345', '-2.355', '0.005', '1.999', '-0.001', '12.5', '13.5']
print(f"{'mode':<16}" + ''.join(f'{s:>8}' for s in samples))
for mode in modes:
    row = [Decimal(s).quantize(Decimal('0.01'), rounding=getattr(decimal, mode)) for s in samples]
    print(f'{mode:<16}' + ''.join(f'{str(r):>8}' for r in row))

# sum of rounded vs rounded sum, for a column of prices
prices = [Decimal('0.125') * i for i in range(1, 41)]
exact = sum(prices)
for mode in ('ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_DOWN'):
    m = getattr(decimal, mode)
    rounded = sum(p.quantize(Decimal('0.01'), rounding=m) for p in prices)
    print(f'{mode:<16} sum of rounded {rounded}  exact {exact}  bias {rounded - exact:+}')

# expect: mode               2.345   2.355  -2.345  -2.355   0.005   1.999  -0.001    12.5    13.5
# expect: ROUND_05UP          2.34    2.36   -2.34   -2.36    0.01    1.99   -0.01   12.50   13.50
# expect: ROUND_CEILING       2.35    2.36   -2.34   -2.35    0.01    2.00   -0.00   12.50   13.50
# expect: ROUND_DOWN          2.34    2.35   -2.34   -2.35    0.00    1.99   -0.00   12.50   13.50
# expect: ROUND_FLOOR         2.34    2.35   -2.35   -2.36    0.00    1.99   -0.01   12.50   13.50
# expect: ROUND_HALF_DOWN     2.34    2.35   -2.34   -2.35    0.00    2.00   -0.00   12.50   13.50
# expect: ROUND_HALF_EVEN     2.34    2.36   -2.34   -2.36    0.00    2.00   -0.00   12.50   13.50
# expect: ROUND_HALF_UP       2.35    2.36   -2.35   -2.36    0.01    2.00   -0.00   12.50   13.50
# expect: ROUND_UP            2.35    2.36   -2.35   -2.36    0.01    2.00   -0.01   12.50   13.50
# expect: ROUND_HALF_UP    sum of rounded 102.60  exact 102.500  bias +0.100
# expect: ROUND_HALF_EVEN  sum of rounded 102.50  exact 102.500  bias +0.000
# expect: ROUND_DOWN       sum of rounded 102.40  exact 102.500  bias -0.100
