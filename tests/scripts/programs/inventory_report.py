# An inventory report: grouping, sorting with keys, string formatting, generators.
ROWS = """\
widget,hardware,4.25,120
gadget,hardware,12.50,8
sprocket,hardware,0.75,1000
manual,books,19.99,15
novel,books,8.5,0
cable,electronics,3.10,250
adapter,electronics,7.45,31
"""

def records(text):
    for lineno, line in enumerate(text.splitlines(), 1):
        name, category, price, qty = line.split(",")
        yield {"line": lineno, "name": name, "cat": category, "price": float(price), "qty": int(qty)}

def group_by(items, key):
    groups = {}
    for it in items:
        groups.setdefault(it[key], []).append(it)
    return groups

items = list(records(ROWS))
groups = group_by(items, "cat")
print(f"{'category':<12}{'items':>6}{'units':>8}{'value':>12}")
print("-" * 38)
grand = 0.0
for cat in sorted(groups, key=lambda c: -sum(i["price"] * i["qty"] for i in groups[c])):
    g = groups[cat]
    value = sum(i["price"] * i["qty"] for i in g)
    grand += value
    print(f"{cat:<12}{len(g):>6}{sum(i['qty'] for i in g):>8}{value:>12,.2f}")
print("-" * 38)
print(f"{'total':<26}{grand:>12,.2f}")
out_of_stock = [i["name"] for i in items if not i["qty"]]
print("out of stock:", ", ".join(out_of_stock) or "none")
cheapest = min(items, key=lambda i: i["price"])
priciest = max(items, key=lambda i: (i["price"], i["name"]))
print(f"cheapest: {cheapest['name']} at ${cheapest['price']:.2f}; priciest: {priciest['name']!r}")
by_value = sorted(items, key=lambda i: i["price"] * i["qty"], reverse=True)[:3]
for rank, i in enumerate(by_value, start=1):
    print(f"#{rank} {i['name']:>9} {i['price'] * i['qty']:9.2f} ({i['qty'] / sum(x['qty'] for x in items):.1%})")
restock = {i["name"]: max(0, 50 - i["qty"]) for i in items if i["qty"] < 50}
print(restock)

# expect: category     items   units       value
# expect: --------------------------------------
# expect: hardware         3    1128    1,360.00
# expect: electronics      2     281    1,005.95
# expect: books            2      15      299.85
# expect: --------------------------------------
# expect: total                         2,665.80
# expect: out of stock: novel
# expect: cheapest: sprocket at $0.75; priciest: 'manual'
# expect: #1     cable    775.00 (17.6%)
# expect: #2  sprocket    750.00 (70.2%)
# expect: #3    widget    510.00 (8.4%)
# expect: {'gadget': 42, 'manual': 35, 'novel': 50, 'adapter': 19}
