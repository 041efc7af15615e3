# Splitting a bill fairly: shares rounded down to cents, the leftover cents handed out.
from decimal import Decimal, ROUND_DOWN

def split(total, weights):
    total = Decimal(total)
    wsum = sum(weights)
    shares = [(total * w / wsum).quantize(Decimal('0.01'), rounding=ROUND_DOWN) for w in weights]
    leftover = total - sum(shares)
    cents = int(leftover / Decimal('0.01'))
    # give the extra cents to the largest remainders first
    order = sorted(range(len(weights)), key=lambda i: -(total * weights[i] / wsum - shares[i]))
    for i in order[:cents]:
        shares[i] += Decimal('0.01')
    return shares

for total, people in [('100.00', ['Ann', 'Bob', 'Cid']), ('87.35', ['A', 'B', 'C', 'D', 'E', 'F', 'G']),
                      ('0.05', ['x', 'y', 'z'])]:
    shares = split(total, [1] * len(people))
    print(total, dict(zip(people, map(str, shares))), 'sum', sum(shares))
tip = split('154.20', [3, 2, 2, 1])
print('weighted', tip, sum(tip))
print('per head', (Decimal('154.20') / 8).quantize(Decimal('0.001')), divmod(Decimal('154.20'), 8))

# expect: 100.00 {'Ann': '33.34', 'Bob': '33.33', 'Cid': '33.33'} sum 100.00
# expect: 87.35 {'A': '12.48', 'B': '12.48', 'C': '12.48', 'D': '12.48', 'E': '12.48', 'F': '12.48', 'G': '12.47'} sum 87.35
# expect: 0.05 {'x': '0.02', 'y': '0.02', 'z': '0.01'} sum 0.05
# expect: weighted [Decimal('57.83'), Decimal('38.55'), Decimal('38.55'), Decimal('19.27')] 154.20
# expect: per head 19.275 (Decimal('19'), Decimal('2.20'))
