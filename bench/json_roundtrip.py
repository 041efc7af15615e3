# json round trips: dumps/loads of nested records, indented and compact
# (issue 12's json benchmark).
import json

records = [{"id": i, "name": "item %d" % i, "price": i * 1.25, "tags": ["a", "b", str(i % 7)],
            "stock": {"warehouse": i % 5, "count": i * 3, "ok": i % 2 == 0}, "note": None}
           for i in range(5000)]
total = 0
for _ in range(4):
    text = json.dumps(records)
    back = json.loads(text)
    total += len(text) + len(back)
pretty = json.dumps(records[:1000], indent=2, sort_keys=True)
total += len(json.loads(pretty))
print(total)
