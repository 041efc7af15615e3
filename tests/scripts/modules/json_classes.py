# JSONEncoder / JSONDecoder subclasses, default=, cls=, iterencode.
import json
from datetime import date


class DateEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, date):
            return {"__date__": o.isoformat()}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


def as_date(d):
    if "__date__" in d:
        y, m, dd = map(int, d["__date__"].split("-"))
        return date(y, m, dd)
    return d


record = {"when": date(2024, 2, 29), "tags": {"b", "a"}, "n": 1}
text = json.dumps(record, cls=DateEncoder, sort_keys=True)
print(text)
back = json.loads(text, object_hook=as_date)
print(back["when"], type(back["when"]).__name__, back["tags"])
print(json.dumps(record, cls=DateEncoder, indent=2, sort_keys=True))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(json.dumps([Point(1, 2), Point(3, 4)], default=lambda p: p.__dict__))
print(json.dumps({"p": Point(0, 0)}, default=vars, indent=1))

enc = json.JSONEncoder(sort_keys=True, indent=2)
print(enc.encode({"b": [1, 2], "a": "x"}))
print(enc.item_separator == ",", enc.key_separator)
print(json.JSONEncoder().item_separator, json.JSONEncoder().key_separator)
print(list(json.JSONEncoder().iterencode({"a": [1, 2, {"b": None}]})))
print(list(json.JSONEncoder(indent=2).iterencode([1, {"x": 2.5}])))
print("".join(json.JSONEncoder(sort_keys=True).iterencode({"b": 1, "a": [True, None]})))
print(json.JSONEncoder().encode("plain \u00e9"))
print(json.JSONEncoder(ensure_ascii=False).encode("plain \u00e9"))

try:
    list(json.JSONEncoder().iterencode({"x": object()}))
except TypeError as e:
    print(e)


class Upper(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)

    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}


print(json.loads('{"a": {"b": 1}}', cls=Upper))
print(Upper().decode('[{"x": 1}]'))


class Tally(json.JSONEncoder):
    def encode(self, o):
        return "tally:" + super().encode(o)


print(json.dumps([1, 2], cls=Tally))

# Encoding then decoding a realistic structure.
inventory = {
    "warehouse": "north",
    "items": [
        {"sku": "A-1", "qty": 10, "price": 2.5},
        {"sku": "B-2", "qty": 0, "price": 10.0},
        {"sku": "C-3", "qty": 3, "price": 0.1 + 0.2},
    ],
}
s = json.dumps(inventory, indent=2)
print(s)
total = sum(i["qty"] * i["price"] for i in json.loads(s)["items"])
print(round(total, 2))
print(json.dumps(json.loads(s), separators=(",", ":")))

# expect: {"n": 1, "tags": ["a", "b"], "when": {"__date__": "2024-02-29"}}
# expect: 2024-02-29 date ['a', 'b']
# expect: {
# expect:   "n": 1,
# expect:   "tags": [
# expect:     "a",
# expect:     "b"
# expect:   ],
# expect:   "when": {
# expect:     "__date__": "2024-02-29"
# expect:   }
# expect: }
# expect: [{"x": 1, "y": 2}, {"x": 3, "y": 4}]
# expect: {
# expect:  "p": {
# expect:   "x": 0,
# expect:   "y": 0
# expect:  }
# expect: }
# expect: {
# expect:   "a": "x",
# expect:   "b": [
# expect:     1,
# expect:     2
# expect:   ]
# expect: }
# expect: True : 
# expect: ,  : 
# expect: ['{', '"a"', ': ', '[1', ', 2', ', ', '{', '"b"', ': ', 'null', '}', ']', '}']
# expect: ['[\n  1', ',\n  ', '{', '\n    ', '"x"', ': ', '2.5', '\n  ', '}', '\n', ']']
# expect: {"a": [true, null], "b": 1}
# expect: "plain \u00e9"
# expect: "plain é"
# expect: Object of type object is not JSON serializable
# expect: {'A': {'B': 1}}
# expect: [{'X': 1}]
# expect: tally:[1, 2]
# expect: {
# expect:   "warehouse": "north",
# expect:   "items": [
# expect:     {
# expect:       "sku": "A-1",
# expect:       "qty": 10,
# expect:       "price": 2.5
# expect:     },
# expect:     {
# expect:       "sku": "B-2",
# expect:       "qty": 0,
# expect:       "price": 10.0
# expect:     },
# expect:     {
# expect:       "sku": "C-3",
# expect:       "qty": 3,
# expect:       "price": 0.30000000000000004
# expect:     }
# expect:   ]
# expect: }
# expect: 25.9
# expect: {"warehouse":"north","items":[{"sku":"A-1","qty":10,"price":2.5},{"sku":"B-2","qty":0,"price":10.0},{"sku":"C-3","qty":3,"price":0.30000000000000004}]}
