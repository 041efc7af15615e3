# Invoice: line totals, discounts, VAT per rate, rounding per line versus on the total.
from decimal import Decimal as D, ROUND_HALF_UP

items = [
    ('Widget', D('3'), D('19.99'), D('0.20'), D('0')),
    ('Gadget, large', D('1'), D('249.50'), D('0.20'), D('0.10')),
    ('Book', D('4'), D('12.45'), D('0.05'), D('0')),
    ('Coffee beans 1kg', D('2.5'), D('17.80'), D('0.05'), D('0.05')),
    ('Service hour', D('7.25'), D('85.00'), D('0.20'), D('0')),
]
C = D('0.01')
net_by_rate = {}
print(f"{'Item':<18}{'Qty':>6}{'Price':>9}{'Disc':>6}{'Net':>10}")
for name, qty, price, vat, disc in items:
    net = (qty * price * (1 - disc)).quantize(C, ROUND_HALF_UP)
    net_by_rate[vat] = net_by_rate.get(vat, D(0)) + net
    print(f"{name:<18}{qty:>6}{price:>9}{disc:>6.0%}{net:>10}")
total_net = sum(net_by_rate.values())
print('-' * 49)
print(f"{'Net total':<39}{total_net:>10}")
total_vat = D(0)
for rate, net in sorted(net_by_rate.items()):
    vat = (net * rate).quantize(C, ROUND_HALF_UP)
    total_vat += vat
    print(f"{'VAT ' + format(rate, '.0%') + ' on ' + str(net):<39}{vat:>10}")
print(f"{'Total due':<39}{total_net + total_vat:>10}")
per_line = sum((q * p * (1 - d) * (1 + v)).quantize(C, ROUND_HALF_UP) for _, q, p, v, d in items)
print('Rounded per line instead:', per_line, 'difference', per_line - (total_net + total_vat))

# expect: Item                 Qty    Price  Disc       Net
# expect: Widget                 3    19.99    0%     59.97
# expect: Gadget, large          1   249.50   10%    224.55
# expect: Book                   4    12.45    0%     49.80
# expect: Coffee beans 1kg     2.5    17.80    5%     42.28
# expect: Service hour        7.25    85.00    0%    616.25
# expect: -------------------------------------------------
# expect: Net total                                  992.85
# expect: VAT 5% on 92.08                              4.60
# expect: VAT 20% on 900.77                          180.15
# expect: Total due                                 1177.60
# expect: Rounded per line instead: 1177.60 difference 0.00
