# json.dumps: every JSON type, the formatting options, float reprs, escapes.
import json

print(json.dumps({"name": "coil", "tags": ["a", "b"], "n": 3, "pi": 3.14159, "ok": True,
                  "none": None, "t": (1, 2)}))
print(json.dumps([1.0, 0.1, 1e16, 1e-5, -0.0, 123456789.125, 2**70, -17]))
print(json.dumps("quote\" backslash\\ tab\t nl\n cr\r bell\x07 del\x7f"))
print(json.dumps("caf\u00e9 \u20ac \U0001F600"))
print(json.dumps("caf\u00e9 \u20ac \U0001F600", ensure_ascii=False))
print(json.dumps({"b": 1, "a": {"d": 2, "c": [3, {"f": 4, "e": 5}]}}, sort_keys=True))
print(json.dumps({"a": [1, 2, {"b": None}], "c": {}, "d": []}, indent=4))
print(json.dumps({"a": [1, 2, {"b": None}], "c": "x"}, indent="--", sort_keys=True))
print(json.dumps([[], {}, [[]], [1]], indent=0))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")))
print(json.dumps({"a": 1, "b": [1, 2]}, indent=2, separators=(", ", " = ")))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none", "s": "str"}))
print(json.dumps({(1, 2): "tuple", "kept": 1, frozenset(): 2}, skipkeys=True))
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
print(json.dumps({"k": [1, 2]}, indent=1, ensure_ascii=False))
print(json.dumps(None), json.dumps(True), json.dumps(42), json.dumps("s"))
print(json.dumps({}), json.dumps([]), json.dumps(()))
print(json.dumps([1, [2, [3, [4]]]], indent=2))

# Containers shared (not circular) are fine.
shared = [1, 2]
print(json.dumps({"x": shared, "y": shared}))

# dict subclasses and key order.
from collections import OrderedDict, defaultdict, Counter
od = OrderedDict([("z", 1), ("a", 2)])
print(json.dumps(od))
dd = defaultdict(list)
dd["k"].append(1)
print(json.dumps(dd))
print(json.dumps(Counter("abracadabra"), sort_keys=True))

# dump() writes to a file-like object.
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def getvalue(self):
        return "".join(self.parts)
buf = Sink()
json.dump({"a": [1, 2, 3], "b": "c"}, buf)
print(buf.getvalue())
buf = Sink()
json.dump({"a": [1, 2, 3], "b": {"c": None}}, buf, indent=2, sort_keys=True)
print(buf.getvalue())

# expect: {"name": "coil", "tags": ["a", "b"], "n": 3, "pi": 3.14159, "ok": true, "none": null, "t": [1, 2]}
# expect: [1.0, 0.1, 1e+16, 1e-05, -0.0, 123456789.125, 1180591620717411303424, -17]
# expect: "quote\" backslash\\ tab\t nl\n cr\r bell\u0007 del\u007f"
# expect: "caf\u00e9 \u20ac \ud83d\ude00"
# expect: "café € 😀"
# expect: {"a": {"c": [3, {"e": 5, "f": 4}], "d": 2}, "b": 1}
# expect: {
# expect:     "a": [
# expect:         1,
# expect:         2,
# expect:         {
# expect:             "b": null
# expect:         }
# expect:     ],
# expect:     "c": {},
# expect:     "d": []
# expect: }
# expect: {
# expect: --"a": [
# expect: ----1,
# expect: ----2,
# expect: ----{
# expect: ------"b": null
# expect: ----}
# expect: --],
# expect: --"c": "x"
# expect: }
# expect: [
# expect: [],
# expect: {},
# expect: [
# expect: []
# expect: ],
# expect: [
# expect: 1
# expect: ]
# expect: ]
# expect: {"a":1,"b":[1,2]}
# expect: {
# expect:   "a" = 1, 
# expect:   "b" = [
# expect:     1, 
# expect:     2
# expect:   ]
# expect: }
# expect: {"1": "bool", "2.5": "float", "null": "none", "s": "str"}
# expect: {"kept": 1}
# expect: [Infinity, -Infinity, NaN]
# expect: {
# expect:  "k": [
# expect:   1,
# expect:   2
# expect:  ]
# expect: }
# expect: null true 42 "s"
# expect: {} [] []
# expect: [
# expect:   1,
# expect:   [
# expect:     2,
# expect:     [
# expect:       3,
# expect:       [
# expect:         4
# expect:       ]
# expect:     ]
# expect:   ]
# expect: ]
# expect: {"x": [1, 2], "y": [1, 2]}
# expect: {"z": 1, "a": 2}
# expect: {"k": [1]}
# expect: {"a": 5, "b": 2, "c": 1, "d": 1, "r": 2}
# expect: {"a": [1, 2, 3], "b": "c"}
# expect: {
# expect:   "a": [
# expect:     1,
# expect:     2,
# expect:     3
# expect:   ],
# expect:   "b": {
# expect:     "c": null
# expect:   }
# expect: }
