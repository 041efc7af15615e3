# json: dumps options (indent, sort_keys, separators, ensure_ascii), default= and
# object_hook, parsing numbers and constants, and decode errors with positions.
import json
from decimal import Decimal

record = {"name": "Zoë", "tags": ["a", "b"], "ok": True, "none": None, "n": 3, "pi": 3.14159,
          "nested": {"z": 1, "a": [1.0, 2.5e-5, 1e100]}, 5: "int key"}
print(json.dumps(record))
print(json.dumps(record, ensure_ascii=False, sort_keys=False, separators=(",", ":")))
print(json.dumps(record["nested"], indent=2, sort_keys=True))
print(json.dumps([1, [2, [3]]], indent="\t"))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, indent=0))
print(json.dumps("tab\t\"quote\" \u2603 \U0001F600"), json.dumps(float("inf")), json.dumps(-0.0), json.dumps(10 ** 30))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def encode(o):
    if isinstance(o, Point):
        return {"__point__": [o.x, o.y]}
    if isinstance(o, Decimal):
        return str(o)
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")


def decode(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d


s = json.dumps({"p": Point(1, 2), "price": Decimal("9.99"), "s": {3, 1}}, default=encode)
print(s)
back = json.loads(s, object_hook=decode)
print(type(back["p"]).__name__, back["p"].x, back["price"], back["s"])
try:
    json.dumps(object())
except TypeError as e:
    print("TypeError:", e)
print(json.loads('{"a": 1, "a": 2}'), json.loads("[1, 2.0, -3e2, true, false, null]"), json.loads('"\\u00e9"'))
print(json.loads("1.5", parse_float=Decimal), json.loads("12", parse_int=float), json.loads("NaN"), json.loads(" [] "))
print(json.loads('[["k", 1], ["j", 2]]', object_pairs_hook=dict), json.loads('{"x": {"y": 1}}', object_pairs_hook=list))
for bad in ['{"a" 1}', "[1, 2", "", '{"a": 1,}', "tru", "[1] x", "'single'", '{"k": 01}', '"\\x"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r:<12} JSONDecodeError: {e} | pos={e.pos} line={e.lineno} col={e.colno}")
print(json.dumps((1, 2)), json.dumps({True: 1, None: 2, 1.5: 3}), json.dumps("é", ensure_ascii=True))
