# Compound interest table for several rates and compounding frequencies.
from decimal import Decimal, getcontext

getcontext().prec = 20
principal = Decimal('10000.00')
rates = [Decimal('0.015'), Decimal('0.035'), Decimal('0.0525')]
freqs = {'yearly': 1, 'quarterly': 4, 'monthly': 12, 'daily': 365}

print('rate    ' + ''.join(f'{name:>14}' for name in freqs) + '    continuous')
for rate in rates:
    cells = []
    for n in freqs.values():
        amount = principal * (1 + rate / n) ** (n * 10)
        cells.append(f'{amount:>14,.2f}')
    cont = principal * (rate * 10).exp()
    print(f'{rate:<8.2%}' + ''.join(cells) + f'{cont:>14,.2f}')

# years to double with yearly compounding
for rate in rates:
    years = (Decimal(2).ln() / (1 + rate).ln())
    print(f'{rate:.2%} doubles in {years:.1f} years (rule of 72: {72 / (rate * 100):.1f})')

# expect: rate            yearly     quarterly       monthly         daily    continuous
# expect: 1.50%        11,605.41     11,615.08     11,617.25     11,618.31     11,618.34
# expect: 3.50%        14,105.99     14,169.09     14,183.45     14,190.44     14,190.68
# expect: 5.25%        16,680.96     16,846.95     16,885.24     16,903.95     16,904.59
# expect: 1.50% doubles in 46.6 years (rule of 72: 48.0)
# expect: 3.50% doubles in 20.1 years (rule of 72: 20.6)
# expect: 5.25% doubles in 13.5 years (rule of 72: 13.7)
