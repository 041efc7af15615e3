# Walking JSON-shaped data with match: a schema validator, a flattener
# and a summary of an order feed.
import json

ORDERS = json.loads("""
[
  {"id": 1, "customer": {"name": "Ada", "vip": true}, "items": [{"sku": "A1", "qty": 2, "price": 9.5}]},
  {"id": 2, "customer": {"name": "Bob"}, "items": [], "note": "empty"},
  {"id": 3, "customer": "Cy", "items": [{"sku": "B2", "qty": 1, "price": 100}, {"sku": "C3", "qty": 5, "price": 1.25}]},
  {"id": "4", "customer": {"name": "Di"}, "items": [{"sku": "D4", "qty": -1, "price": 3}]},
  {"status": "cancelled", "id": 5},
  [1, 2, 3]
]
""")

def validate_item(item, where):
    match item:
        case {"sku": str(sku), "qty": int(q), "price": int(p) | float(p)} if q > 0:
            return []
        case {"sku": str(sku), "qty": int(q)}:
            return [f"{where}: {sku} has bad quantity {q}"]
        case _:
            return [f"{where}: malformed item {item!r}"]

def validate(order):
    match order:
        case {"status": "cancelled", "id": oid}:
            return [f"order {oid}: cancelled, skipped"]
        case {"id": int(oid), "customer": {"name": str()} | str(), "items": list(items)}:
            errors = []
            for n, item in enumerate(items):
                errors += validate_item(item, f"order {oid} item {n}")
            if not items:
                errors.append(f"order {oid}: no items")
            return errors
        case {"id": oid}:
            return [f"order {oid!r}: bad id or fields"]
        case _:
            return [f"not an order: {order!r}"]

def flatten(value, prefix=""):
    match value:
        case dict():
            for k, v in value.items():
                yield from flatten(v, f"{prefix}.{k}" if prefix else k)
        case list() | tuple():
            for i, v in enumerate(value):
                yield from flatten(v, f"{prefix}[{i}]")
        case bool() | None:
            yield prefix, json.dumps(value)
        case int() | float() | str():
            yield prefix, value

def total(order):
    match order:
        case {"items": [*items], "customer": {"vip": True}}:
            return round(sum(i["qty"] * i["price"] for i in items) * 0.9, 2)
        case {"items": [*items]}:
            return sum(i["qty"] * i["price"] for i in items)
        case _:
            return 0

for order in ORDERS:
    for problem in validate(order):
        print(problem)
print("---")
for key, value in flatten(ORDERS[0]):
    print(f"{key} = {value}")
print("---")
print([total(o) for o in ORDERS])

# expect: order 2: no items
# expect: order '4': bad id or fields
# expect: order 5: cancelled, skipped
# expect: not an order: [1, 2, 3]
# expect: ---
# expect: id = 1
# expect: customer.name = Ada
# expect: customer.vip = true
# expect: items[0].sku = A1
# expect: items[0].qty = 2
# expect: items[0].price = 9.5
# expect: ---
# expect: [17.1, 0, 106.25, -3, 0, 0]
