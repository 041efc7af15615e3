"""Load an inventory from JSON text, validate, transform, and dump it back."""
import json

SOURCE = """
{
  "warehouse": "Central",
  "updated": "2023-06-01",
  "items": [
    {"sku": "A-100", "name": "bolt", "qty": 1200, "price": 0.05, "tags": ["metal", "small"]},
    {"sku": "A-101", "name": "nut", "qty": 900, "price": 0.04, "tags": ["metal", "small"]},
    {"sku": "B-200", "name": "hammer", "qty": 15, "price": 12.5, "tags": ["tool"]},
    {"sku": "B-201", "name": "saw", "qty": 0, "price": 23.0, "tags": ["tool", "sharp"]},
    {"sku": "C-300", "name": "glue", "qty": 42, "price": 3.75, "tags": []}
  ]
}
"""

data = json.loads(SOURCE)
items = data["items"]
print(data["warehouse"], len(items), "items")
value = sum(i["qty"] * i["price"] for i in items)
print(f"stock value: {value:.2f}")
out_of_stock = [i["name"] for i in items if i["qty"] == 0]
print("out of stock:", out_of_stock)
by_tag = {}
for item in items:
    for tag in item["tags"] or ["untagged"]:
        by_tag.setdefault(tag, []).append(item["sku"])
print(json.dumps(by_tag, sort_keys=True))
summary = {
    "warehouse": data["warehouse"],
    "value": round(value, 2),
    "low": [i["sku"] for i in items if 0 < i["qty"] < 50],
    "ok": True,
    "note": None,
}
print(json.dumps(summary, indent=2))
print(json.dumps({"unicode": "café ✓", "tuple": (1, 2), "nested": {"x": [1.5, -0.0, 1e20]}}))
print(json.dumps({"unicode": "café"}, ensure_ascii=False), json.dumps([1, 2], separators=(",", ":")))
for bad in ['{"a": 1,}', "[1, 2", "{'a': 1}", "tru"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r}: {e.msg} at line {e.lineno} col {e.colno}")
roundtrip = json.loads(json.dumps(data))
print(roundtrip == data)
