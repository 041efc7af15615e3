# json errors: JSONDecodeError's message, pos, lineno, colno; encoder errors.
import json

bad = ['', ' ', '[', '{', '{"a" 1}', '{"a": }', '{"a": 1,}', '{"a": 1 "b": 2}', '[1,]',
       '[1 2]', '[1, 2', '"abc', '"a\\qb"', '"\\u12"', '"\\u00zz  "', '"\\u12', '1 2',
       'nul', 'tru', 'True', "{'a': 1}", '"a\tb"', '"a\nb"', '-', '-x', '1.', '1e', '01',
       '.5', '+1', '\n\n  [1,\n  x]', '["\u00e9\u00e8", x]', '[1]\n\n]', '{1: 2}', '[-]',
       '\ufeff[1]', '"\\', '{"a"', '{"a":', '{"a":1']
for s in bad:
    try:
        print("parsed", repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)

print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads("[1, 2, oops]")
except ValueError as e:
    print(type(e).__name__, e.args)

for arg in [None, 1, [1]]:
    try:
        json.loads(arg)
    except TypeError as e:
        print(e)

def attempt(f):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: json.dumps({"a": {1, 2}}))
attempt(lambda: json.dumps(object()))
attempt(lambda: json.dumps(b"bytes"))
attempt(lambda: json.dumps({(1, 2): 3}))
attempt(lambda: json.dumps({b"k": 3}))
attempt(lambda: json.dumps({1: 1, "a": 2}, sort_keys=True))
attempt(lambda: json.dumps(float("nan"), allow_nan=False))
attempt(lambda: json.dumps([1, float("inf")], allow_nan=False))
attempt(lambda: json.dumps([1, float("inf")], allow_nan=False, indent=2))
attempt(lambda: json.dumps({float("-inf"): 1}, allow_nan=False))
circular = []
circular.append(circular)
attempt(lambda: json.dumps(circular))
d = {}
d["self"] = d
attempt(lambda: json.dumps(d))
attempt(lambda: json.dumps(d, indent=2))
attempt(lambda: json.dumps([1, 2], separators=(",")))
attempt(lambda: json.dumps([1], bogus=1))
attempt(lambda: json.loads("[1]", bogus=1))

class Node:
    def __init__(self):
        self.me = self
def loop_default(o):
    return o.__dict__
attempt(lambda: json.dumps(Node(), default=loop_default))

deep = "[" * 100000 + "]" * 100000
try:
    json.loads(deep)
except RecursionError as e:
    print("RecursionError", e)
nested = []
for _ in range(100000):
    nested = [nested]
try:
    json.dumps(nested)
except RecursionError as e:
    print("RecursionError", e)

# expect: '' -> Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1
# expect: ' ' -> Expecting value: line 1 column 2 (char 1) | Expecting value 1 1 2
# expect: '[' -> Expecting value: line 1 column 2 (char 1) | Expecting value 1 1 2
# expect: '{' -> Expecting property name enclosed in double quotes: line 1 column 2 (char 1) | Expecting property name enclosed in double quotes 1 1 2
# expect: '{"a" 1}' -> Expecting ':' delimiter: line 1 column 6 (char 5) | Expecting ':' delimiter 5 1 6
# expect: '{"a": }' -> Expecting value: line 1 column 7 (char 6) | Expecting value 6 1 7
# expect: '{"a": 1,}' -> Expecting property name enclosed in double quotes: line 1 column 9 (char 8) | Expecting property name enclosed in double quotes 8 1 9
# expect: '{"a": 1 "b": 2}' -> Expecting ',' delimiter: line 1 column 9 (char 8) | Expecting ',' delimiter 8 1 9
# expect: '[1,]' -> Expecting value: line 1 column 4 (char 3) | Expecting value 3 1 4
# expect: '[1 2]' -> Expecting ',' delimiter: line 1 column 4 (char 3) | Expecting ',' delimiter 3 1 4
# expect: '[1, 2' -> Expecting ',' delimiter: line 1 column 6 (char 5) | Expecting ',' delimiter 5 1 6
# expect: '"abc' -> Unterminated string starting at: line 1 column 1 (char 0) | Unterminated string starting at 0 1 1
# expect: '"a\\qb"' -> Invalid \escape: line 1 column 3 (char 2) | Invalid \escape 2 1 3
# expect: '"\\u12"' -> Invalid \uXXXX escape: line 1 column 3 (char 2) | Invalid \uXXXX escape 2 1 3
# expect: '"\\u00zz  "' -> Invalid \uXXXX escape: line 1 column 3 (char 2) | Invalid \uXXXX escape 2 1 3
# expect: '"\\u12' -> Invalid \uXXXX escape: line 1 column 3 (char 2) | Invalid \uXXXX escape 2 1 3
# expect: '1 2' -> Extra data: line 1 column 3 (char 2) | Extra data 2 1 3
# expect: 'nul' -> Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1
# expect: 'tru' -> Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1
# expect: 'True' -> Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1
# expect: "{'a': 1}" -> Expecting property name enclosed in double quotes: line 1 column 2 (char 1) | Expecting property name enclosed in double quotes 1 1 2
# expect: '"a\tb"' -> Invalid control character at: line 1 column 3 (char 2) | Invalid control character at 2 1 3
# expect: '"a\nb"' -> Invalid control character at: line 1 column 3 (char 2) | Invalid control character at 2 1 3
# expect: '-' -> Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1
# expect: '-x' -> Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1
# expect: '1.' -> Extra data: line 1 column 2 (char 1) | Extra data 1 1 2
# expect: '1e' -> Extra data: line 1 column 2 (char 1) | Extra data 1 1 2
# expect: '01' -> Extra data: line 1 column 2 (char 1) | Extra data 1 1 2
# expect: '.5' -> Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1
# expect: '+1' -> Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1
# expect: '\n\n  [1,\n  x]' -> Expecting value: line 4 column 3 (char 10) | Expecting value 10 4 3
# expect: '["éè", x]' -> Expecting value: line 1 column 8 (char 7) | Expecting value 7 1 8
# expect: '[1]\n\n]' -> Extra data: line 3 column 1 (char 5) | Extra data 5 3 1
# expect: '{1: 2}' -> Expecting property name enclosed in double quotes: line 1 column 2 (char 1) | Expecting property name enclosed in double quotes 1 1 2
# expect: '[-]' -> Expecting value: line 1 column 2 (char 1) | Expecting value 1 1 2
# expect: '\ufeff[1]' -> Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0) | Unexpected UTF-8 BOM (decode using utf-8-sig) 0 1 1
# expect: '"\\' -> Unterminated string starting at: line 1 column 1 (char 0) | Unterminated string starting at 0 1 1
# expect: '{"a"' -> Expecting ':' delimiter: line 1 column 5 (char 4) | Expecting ':' delimiter 4 1 5
# expect: '{"a":' -> Expecting value: line 1 column 6 (char 5) | Expecting value 5 1 6
# expect: '{"a":1' -> Expecting ',' delimiter: line 1 column 7 (char 6) | Expecting ',' delimiter 6 1 7
# expect: True
# expect: JSONDecodeError ('Expecting value: line 1 column 8 (char 7)',)
# expect: the JSON object must be str, bytes or bytearray, not NoneType
# expect: the JSON object must be str, bytes or bytearray, not int
# expect: the JSON object must be str, bytes or bytearray, not list
# expect: TypeError: Object of type set is not JSON serializable
# expect: TypeError: Object of type object is not JSON serializable
# expect: TypeError: Object of type bytes is not JSON serializable
# expect: TypeError: keys must be str, int, float, bool or None, not tuple
# expect: TypeError: keys must be str, int, float, bool or None, not bytes
# expect: TypeError: '<' not supported between instances of 'str' and 'int'
# expect: ValueError: Out of range float values are not JSON compliant
# expect: ValueError: Out of range float values are not JSON compliant
# expect: ValueError: Out of range float values are not JSON compliant: inf
# expect: ValueError: Out of range float values are not JSON compliant
# expect: ValueError: Circular reference detected
# expect: ValueError: Circular reference detected
# expect: ValueError: Circular reference detected
# expect: ValueError: not enough values to unpack (expected 2, got 1)
# expect: TypeError: JSONEncoder.__init__() got an unexpected keyword argument 'bogus'
# expect: TypeError: JSONDecoder.__init__() got an unexpected keyword argument 'bogus'
# expect: ValueError: Circular reference detected
# expect: RecursionError maximum recursion depth exceeded while decoding a JSON array from a unicode string
# expect: RecursionError maximum recursion depth exceeded while encoding a JSON object
