# Orders in JSON: amounts parsed as Decimal (no float error), totals written back as strings.
import json
from decimal import Decimal

doc = '''{"orders": [
  {"id": 1, "lines": [{"sku": "A1", "qty": 3, "price": 0.10}, {"sku": "B2", "qty": 1, "price": 0.20}]},
  {"id": 2, "lines": [{"sku": "C3", "qty": 7, "price": 1.15}]},
  {"id": 3, "lines": [{"sku": "A1", "qty": 10, "price": 0.10}, {"sku": "D4", "qty": 2, "price": 99.995}]}
]}'''

data = json.loads(doc, parse_float=Decimal)
as_float = json.loads(doc)
report = []
for order, forder in zip(data['orders'], as_float['orders']):
    total = sum(l['qty'] * l['price'] for l in order['lines'])
    ftotal = sum(l['qty'] * l['price'] for l in forder['lines'])
    report.append({'id': order['id'], 'total': total, 'rounded': total.quantize(Decimal('0.01'))})
    print(order['id'], repr(total), repr(ftotal))

def encode(o):
    if isinstance(o, Decimal):
        return str(o)
    raise TypeError(type(o).__name__)

print(json.dumps(report, default=encode, indent=1))
print(type(data['orders'][0]['lines'][0]['price']).__name__, data['orders'][2]['lines'][1]['price'])

# expect: 1 Decimal('0.50') 0.5
# expect: 2 Decimal('8.05') 8.049999999999999
# expect: 3 Decimal('200.990') 200.99
# expect: [
# expect:  {
# expect:   "id": 1,
# expect:   "total": "0.50",
# expect:   "rounded": "0.50"
# expect:  },
# expect:  {
# expect:   "id": 2,
# expect:   "total": "8.05",
# expect:   "rounded": "8.05"
# expect:  },
# expect:  {
# expect:   "id": 3,
# expect:   "total": "200.990",
# expect:   "rounded": "200.99"
# expect:  }
# expect: ]
# expect: Decimal 99.995
