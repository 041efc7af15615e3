# Tiered discounts and unit prices: picking the cheapest pack, with exact comparisons.
from decimal import Decimal as D, ROUND_HALF_UP
from functools import total_ordering

@total_ordering
class Pack:
    def __init__(self, name, size, price):
        self.name, self.size, self.price = name, D(size), D(price)
    @property
    def unit(self):
        return self.price / self.size
    def __eq__(self, other):
        return self.unit == other.unit
    def __lt__(self, other):
        return self.unit < other.unit
    def __repr__(self):
        return f'Pack({self.name!r}, {self.size}, {self.price})'

packs = [Pack('single', 1, '2.49'), Pack('six', 6, '13.99'), Pack('dozen', 12, '26.50'),
         Pack('crate', 24, '49.99'), Pack('half', '0.5', '1.30')]
for p in sorted(packs):
    print(f'{p.name:<7} {p.unit.quantize(D("0.0001"), ROUND_HALF_UP):>8} per unit  ({p.unit})')
print('cheapest', min(packs), 'dearest', max(packs))

TIERS = [(D('1000'), D('0.15')), (D('500'), D('0.10')), (D('100'), D('0.05')), (D('0'), D('0'))]
for subtotal in ['99.99', '100', '499.995', '750.10', '2500']:
    s = D(subtotal)
    rate = next(r for floor, r in TIERS if s >= floor)
    total = (s * (1 - rate)).quantize(D('0.01'), ROUND_HALF_UP)
    print(f'{subtotal:>8} -> {rate:.0%} off -> {total:>8}  saved {s - total}')

# expect: crate     2.0829 per unit  (2.082916666666666666666666667)
# expect: dozen     2.2083 per unit  (2.208333333333333333333333333)
# expect: six       2.3317 per unit  (2.331666666666666666666666667)
# expect: single    2.4900 per unit  (2.49)
# expect: half      2.6000 per unit  (2.6)
# expect: cheapest Pack('crate', 24, 49.99) dearest Pack('half', 0.5, 1.30)
# expect:    99.99 -> 0% off ->    99.99  saved 0.00
# expect:      100 -> 5% off ->    95.00  saved 5.00
# expect:  499.995 -> 5% off ->   475.00  saved 24.995
# expect:   750.10 -> 10% off ->   675.09  saved 75.01
# expect:     2500 -> 15% off ->  2125.00  saved 375.00
