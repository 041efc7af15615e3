# Stock portfolio: cost basis, market value, gains and weights, with Decimal prices.
from decimal import Decimal as D

lots = [
    ('ACME', 10, D('101.25'), D('118.40')),
    ('GLOBX', 25, D('33.10'), D('29.95')),
    ('INITECH', 4, D('560.00'), D('612.75')),
    ('UMBR', 100, D('4.3275'), D('5.01')),
]
value_total = sum(q * price for _, q, _, price in lots)
cost_total = sum(q * cost for _, q, cost, _ in lots)
print(f"{'Ticker':<8}{'Cost':>11}{'Value':>11}{'Gain':>10}{'Gain%':>8}{'Weight':>8}")
for ticker, q, cost, price in lots:
    c, v = q * cost, q * price
    gain = v - c
    print(f'{ticker:<8}{c:>11,.2f}{v:>11,.2f}{gain:>+10,.2f}{gain / c:>8.2%}{v / value_total:>8.1%}')
print(f"{'Total':<8}{cost_total:>11,.2f}{value_total:>11,.2f}{value_total - cost_total:>+10,.2f}"
      f"{(value_total - cost_total) / cost_total:>8.2%}")
best = max(lots, key=lambda l: l[3] / l[2])
print('best performer', best[0], (best[3] / best[2] - 1).quantize(D('0.0001')))
years = D(3)
cagr = (value_total / cost_total) ** (1 / years) - 1
print('annualised over 3 years:', f'{cagr:.3%}')

# expect: Ticker         Cost      Value      Gain   Gain%  Weight
# expect: ACME       1,012.50   1,184.00   +171.50  16.94%   24.2%
# expect: GLOBX        827.50     748.75    -78.75  -9.52%   15.3%
# expect: INITECH    2,240.00   2,451.00   +211.00   9.42%   50.2%
# expect: UMBR         432.75     501.00    +68.25  15.77%   10.3%
# expect: Total      4,512.75   4,884.75   +372.00   8.24%
# expect: best performer ACME 0.1694
# expect: annualised over 3 years: 2.676%
