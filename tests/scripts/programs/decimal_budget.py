# Household budget from CSV-like text: categories, monthly averages, percentages.
from decimal import Decimal, InvalidOperation
from collections import defaultdict

DATA = """2024-01-03,groceries,84.12
2024-01-05,rent,1250.00
2024-01-09,transport,45.5
2024-01-15,groceries,112.40
2024-01-20,fun,60
2024-02-01,rent,1250.00
2024-02-02,groceries,95.05
2024-02-11,transport,52.25
2024-02-14,fun,1_20.00
2024-02-20,groceries,n/a
2024-02-27,utilities,143.87
2024-03-01,rent,1275.00
2024-03-04,groceries,101.99
2024-03-19,utilities,138.20
2024-03-30,fun, 35.10 """

by_cat = defaultdict(Decimal)
months = set()
bad = []
for line in DATA.splitlines():
    date, cat, amount = line.split(',')
    try:
        value = Decimal(amount)
    except InvalidOperation:
        bad.append(line)
        continue
    by_cat[cat] += value
    months.add(date[:7])
total = sum(by_cat.values())
print(f'{len(months)} months, total {total:,}')
for cat, amount in sorted(by_cat.items(), key=lambda kv: kv[1], reverse=True):
    avg = amount / len(months)
    print(f'{cat:<10} {amount:>10,.2f} {avg:>9.2f}/month {amount / total:>7.1%}')
print('skipped:', bad)

# expect: 3 months, total 4,763.48
# expect: rent         3,775.00   1258.33/month   79.2%
# expect: groceries      393.56    131.19/month    8.3%
# expect: utilities      282.07     94.02/month    5.9%
# expect: fun            215.10     71.70/month    4.5%
# expect: transport       97.75     32.58/month    2.1%
# expect: skipped: ['2024-02-20,groceries,n/a']
