# A record-keeping script without a database: dataclasses + json + csv round
# trips through in-memory files, grouped reports with itertools.groupby and operator.
import csv
import io
import json
import operator
from dataclasses import dataclass, asdict
from itertools import groupby
from statistics import mean


@dataclass
class Sale:
    region: str
    product: str
    units: int
    price: float

    @property
    def revenue(self):
        return round(self.units * self.price, 2)


raw = """region,product,units,price
north,widget,10,2.50
south,gadget,3,10.00
north,gadget,1,10.00
east,widget,7,2.50
south,widget,12,2.25
north,widget,5,2.50
"""
sales = [Sale(r["region"], r["product"], int(r["units"]), float(r["price"])) for r in csv.DictReader(io.StringIO(raw))]
for region, group in groupby(sorted(sales, key=operator.attrgetter("region")), key=operator.attrgetter("region")):
    group = list(group)
    print(f"{region:<6} {len(group)} sales, {sum(s.units for s in group):>3} units, revenue {sum(s.revenue for s in group):>7.2f}")
by_product = {}
for s in sales:
    by_product.setdefault(s.product, []).append(s.price)
print({p: round(mean(v), 3) for p, v in sorted(by_product.items())})
dump = json.dumps([asdict(s) for s in sales], indent=1)
print(dump.count("\n"), json.loads(dump)[-1])
out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["product", "total"])
for product, total in sorted({s.product: 0 for s in sales}.items()):
    w.writerow([product, sum(x.revenue for x in sales if x.product == product)])
print(out.getvalue(), end="")
best = max(sales, key=operator.attrgetter("revenue"))
print(best, best.revenue, sorted(sales, key=lambda s: (-s.revenue, s.region))[1].region)
