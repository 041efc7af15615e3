# Currency ledger: conversions at quoted rates with high intermediate precision.
from decimal import Decimal, localcontext, ROUND_HALF_EVEN, Context, Inexact

RATES = {('EUR', 'USD'): Decimal('1.0843'), ('USD', 'JPY'): Decimal('151.37'),
         ('GBP', 'EUR'): Decimal('1.1672')}
EXPONENT = {'USD': Decimal('0.01'), 'EUR': Decimal('0.01'), 'GBP': Decimal('0.01'), 'JPY': Decimal('1')}

def rate(src, dst):
    if (src, dst) in RATES:
        return RATES[src, dst]
    if (dst, src) in RATES:
        with localcontext() as ctx:
            ctx.prec = 12
            return 1 / RATES[dst, src]
    raise KeyError(f'no rate {src}->{dst}')

def convert(amount, src, dst):
    return (amount * rate(src, dst)).quantize(EXPONENT[dst], rounding=ROUND_HALF_EVEN)

ledger = [('EUR', 'USD', '1500.00'), ('USD', 'EUR', '99.99'), ('USD', 'JPY', '12.34'),
          ('JPY', 'USD', '10000'), ('GBP', 'EUR', '0.01'), ('EUR', 'GBP', '250')]
for src, dst, amt in ledger:
    amt = Decimal(amt)
    out = convert(amt, src, dst)
    back = convert(out, dst, src)
    print(f'{amt:>9} {src} -> {out:>10} {dst} -> back {back:>9} {src} (drift {back - amt})')
print(rate('USD', 'EUR'), rate('JPY', 'USD'))
strict = Context(prec=28, traps=[Inexact])
try:
    strict.divide(Decimal(1), Decimal('1.0843'))
except Inexact as e:
    print('inexact conversion refused:', e)
print(strict.divide(Decimal('100'), Decimal('8')))

# expect:   1500.00 EUR ->    1626.45 USD -> back   1500.00 EUR (drift 0.00)
# expect:     99.99 USD ->      92.22 EUR -> back     99.99 USD (drift 0.00)
# expect:     12.34 USD ->       1868 JPY -> back     12.34 USD (drift 0.00)
# expect:     10000 JPY ->      66.06 USD -> back     10000 JPY (drift 0)
# expect:      0.01 GBP ->       0.01 EUR -> back      0.01 GBP (drift 0.00)
# expect:       250 EUR ->     214.19 GBP -> back    250.00 EUR (drift 0.00)
# expect: 0.922253988749 0.00660632886305
# expect: inexact conversion refused: [<class 'decimal.Inexact'>]
# expect: 12.5
