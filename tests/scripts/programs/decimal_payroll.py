# Weekly payroll: overtime at 1.5x, tax brackets, deductions; report with totals.
from decimal import Decimal as D, ROUND_HALF_EVEN

employees = [
    ('Alvarez', D('22.50'), [8, 8, 9.5, 8, 10]),
    ('Brown', D('31.75'), [8, 8, 8, 8, 8]),
    ('Chen', D('18.00'), [10, 10, 10, 10, 6.25]),
    ('Dubois', D('45.10'), [7.5, 7.5, 7.5, 7.5, 4]),
]
BRACKETS = [(D('500'), D('0.10')), (D('1000'), D('0.15')), (None, D('0.22'))]

def tax(gross):
    owed, lower = D(0), D(0)
    for upper, rate in BRACKETS:
        top = gross if upper is None else min(gross, upper)
        if top > lower:
            owed += (top - lower) * rate
        lower = upper if upper is not None else lower
    return owed.quantize(D('0.01'), ROUND_HALF_EVEN)

totals = [D(0)] * 4
print(f"{'Name':<9}{'Hours':>7}{'Gross':>10}{'Tax':>9}{'Pension':>9}{'Net':>10}")
for name, rate, days in employees:
    hours = sum(D(str(h)) for h in days)
    regular = min(hours, D(40))
    overtime = hours - regular
    gross = (regular * rate + overtime * rate * D('1.5')).quantize(D('0.01'))
    t = tax(gross)
    pension = (gross * D('0.045')).quantize(D('0.01'))
    net = gross - t - pension
    for i, v in enumerate((gross, t, pension, net)):
        totals[i] += v
    print(f"{name:<9}{hours:>7}{gross:>10,}{t:>9}{pension:>9}{net:>10,}")
print(f"{'TOTAL':<16}" + ''.join(f'{v:>{w},}' for v, w in zip(totals, (10, 9, 9, 10))))

# expect: Name       Hours     Gross      Tax  Pension       Net
# expect: Alvarez     43.5  1,018.12   128.99    45.82    843.31
# expect: Brown         40  1,270.00   184.40    57.15  1,028.45
# expect: Chen       46.25    888.75   108.31    39.99    740.45
# expect: Dubois      34.0  1,533.40   242.35    69.00  1,222.05
# expect: TOTAL             4,710.27   664.05   211.96  3,834.26
