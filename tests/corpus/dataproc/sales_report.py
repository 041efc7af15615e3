"""Parse CSV-like sales lines from a string, aggregate, and print an aligned report."""
from collections import defaultdict

DATA = """\
date,region,product,units,unit_price
2023-01-03,North,Widget,12,2.50
2023-01-03,South,Gadget,3,10.00
2023-01-04,North,Gadget,7,10.00
2023-01-05,East,Widget,20,2.45
2023-01-05,South,Widget,,2.50
2023-01-06,West,Doohickey,1,99.99
2023-01-07,North,Widget,5,2.50
2023-01-07,East,Gadget,4,9.50
bad line here
2023-01-08,West,Widget,8,2.55
"""


def parse(text):
    lines = text.splitlines()
    header = lines[0].split(",")
    rows, errors = [], []
    for lineno, line in enumerate(lines[1:], start=2):
        fields = line.split(",")
        if len(fields) != len(header):
            errors.append(f"line {lineno}: expected {len(header)} fields, got {len(fields)}")
            continue
        rec = dict(zip(header, fields))
        try:
            rec["units"] = int(rec["units"])
            rec["unit_price"] = float(rec["unit_price"])
        except ValueError as e:
            errors.append(f"line {lineno}: {e}")
            continue
        rows.append(rec)
    return rows, errors


rows, errors = parse(DATA)
by_region = defaultdict(lambda: {"units": 0, "revenue": 0.0, "orders": 0})
by_product = defaultdict(float)
for r in rows:
    agg = by_region[r["region"]]
    agg["units"] += r["units"]
    agg["revenue"] += r["units"] * r["unit_price"]
    agg["orders"] += 1
    by_product[r["product"]] += r["units"] * r["unit_price"]

print(f"{'Region':<8}{'Orders':>7}{'Units':>7}{'Revenue':>11}{'Share':>8}")
print("-" * 41)
total = sum(a["revenue"] for a in by_region.values())
for region, a in sorted(by_region.items(), key=lambda kv: -kv[1]["revenue"]):
    print(f"{region:<8}{a['orders']:>7}{a['units']:>7}{a['revenue']:>11,.2f}{a['revenue'] / total:>8.1%}")
print("-" * 41)
print(f"{'Total':<8}{len(rows):>7}{sum(a['units'] for a in by_region.values()):>7}{total:>11,.2f}")
print()
for product, revenue in sorted(by_product.items()):
    bar = "#" * round(revenue / 10)
    print("{:<10} {:>8.2f} {}".format(product, revenue, bar))
print()
print("Problems:")
for e in errors:
    print("  " + e)
