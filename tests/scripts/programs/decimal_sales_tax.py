# Sales tax by region with different rounding rules; a per-region summary.
from decimal import Decimal, ROUND_HALF_UP, ROUND_CEILING, ROUND_HALF_EVEN, localcontext

REGIONS = {
    'north': (Decimal('0.0725'), ROUND_HALF_UP),
    'south': (Decimal('0.06'), ROUND_CEILING),
    'east': (Decimal('0.08875'), ROUND_HALF_EVEN),
}
sales = [('north', '19.99'), ('south', '5.01'), ('east', '100.00'), ('north', '0.99'),
         ('east', '12.34'), ('south', '249.99'), ('east', '0.50'), ('north', '1234.56')]
summary = {}
for region, amount in sales:
    rate, rounding = REGIONS[region]
    amount = Decimal(amount)
    tax = (amount * rate).quantize(Decimal('0.01'), rounding=rounding)
    s = summary.setdefault(region, [Decimal(0), Decimal(0), 0])
    s[0] += amount
    s[1] += tax
    s[2] += 1
    print(f'{region:<6}{amount:>9}{rate:>9.3%}{tax:>7}  {amount * rate}')
for region, (net, tax, n) in sorted(summary.items()):
    with localcontext() as ctx:
        ctx.prec = 4
        eff = tax / net * 100
    print(f'{region}: {n} sales, net {net}, tax {tax}, effective {eff}%')

# expect: north     19.99   7.250%   1.45  1.449275
# expect: south      5.01   6.000%   0.31  0.3006
# expect: east     100.00   8.875%   8.88  8.8750000
# expect: north      0.99   7.250%   0.07  0.071775
# expect: east      12.34   8.875%   1.10  1.0951750
# expect: south    249.99   6.000%  15.00  14.9994
# expect: east       0.50   8.875%   0.04  0.0443750
# expect: north   1234.56   7.250%  89.51  89.505600
# expect: east: 3 sales, net 112.84, tax 10.02, effective 8.880%
# expect: north: 3 sales, net 1255.54, tax 91.03, effective 7.250%
# expect: south: 2 sales, net 255.00, tax 15.31, effective 6.004%
