# Loan amortization schedule: fixed monthly payment, interest rounded to cents each month.
from decimal import Decimal, ROUND_HALF_UP

CENT = Decimal('0.01')

def monthly_payment(principal, annual_rate, months):
    r = annual_rate / 12
    factor = (1 + r) ** months
    return (principal * r * factor / (factor - 1)).quantize(CENT, ROUND_HALF_UP)

def schedule(principal, annual_rate, months):
    pay = monthly_payment(principal, annual_rate, months)
    balance = principal
    total_interest = Decimal(0)
    rows = []
    for month in range(1, months + 1):
        interest = (balance * annual_rate / 12).quantize(CENT, ROUND_HALF_UP)
        if month == months:
            pay = balance + interest
        principal_part = pay - interest
        balance -= principal_part
        total_interest += interest
        rows.append((month, pay, interest, principal_part, balance))
    return rows, total_interest

rows, interest = schedule(Decimal('25000'), Decimal('0.069'), 24)
print(f"{'Month':>5} {'Payment':>10} {'Interest':>10} {'Principal':>10} {'Balance':>11}")
for month, pay, i, p, bal in rows:
    if month <= 3 or month > 21:
        print(f"{month:>5} {pay:>10} {i:>10} {p:>10} {bal:>11,}")
    elif month == 4:
        print('  ...')
print('Total interest:', interest)
print('Total paid:', sum(r[1] for r in rows))

# expect: Month    Payment   Interest  Principal     Balance
# expect:     1    1118.18     143.75     974.43   24,025.57
# expect:     2    1118.18     138.15     980.03   23,045.54
# expect:     3    1118.18     132.51     985.67   22,059.87
# expect:   ...
# expect:    22    1118.18      19.07    1099.11    2,217.25
# expect:    23    1118.18      12.75    1105.43    1,111.82
# expect:    24    1118.21       6.39    1111.82        0.00
# expect: Total interest: 1836.35
# expect: Total paid: 26836.35
