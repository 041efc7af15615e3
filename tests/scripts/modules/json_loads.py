# json.loads: every JSON type, whitespace, escapes, numbers, hooks.
import json

doc = '''
{
  "name": "coil",
  "version": [1, 2, 3],
  "ratio": 0.75,
  "big": 123456789012345678901234567890,
  "neg": -12.5e-3,
  "exp": 1E+2,
  "flags": {"a": true, "b": false, "c": null},
  "empty": [], "obj": {},
  "text": "line\\nnext \\"quoted\\" \\\\ \\/ \\t \\b \\f \\r"
}
'''
data = json.loads(doc)
for k in data:
    print(k, repr(data[k]))
print(json.loads('"\\u00e9\\u20ac\\ud83d\\ude00"'))
print(ascii(json.loads('"\\ud834 lone"')))
print(json.loads('"caf\u00e9"'), len(json.loads('"caf\u00e9"')))
print(json.loads('[0, -0, 0.0, -0.0, 1.5e300, 1e400, -1e400]'))
print(json.loads(' \t\n\r[1 , 2 ]\n'))
print(json.loads('NaN'), json.loads('Infinity'), json.loads('-Infinity'))
print(json.loads(b'{"bytes": [1, 2]}'))
print(json.loads(b'\xef\xbb\xbf{"bom": 1}'))
print(json.loads('"tab\there"', strict=False))

# Hooks.
print(json.loads('{"a": 1, "b": {"c": 2}}', object_hook=lambda d: sorted(d)))
print(json.loads('{"a": 1, "a": 2, "b": 3}'))
print(json.loads('{"a": 1, "a": 2, "b": 3}', object_pairs_hook=list))
from collections import OrderedDict
print(json.loads('{"z": 1, "y": [{"x": 2}]}', object_pairs_hook=OrderedDict))
print(json.loads('[1.10, 2, 3.0]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda s: s.lower()))
from fractions import Fraction
print(json.loads('[0.25, 1]', parse_float=Fraction))

# Round trips.
values = [{"a": [1, 2.5, "three", None, True]}, [], "", "\u00fcnicode", [[[[]]]], -3,
          {"nested": {"deeper": {"deepest": [1, {"x": "y"}]}}}]
for v in values:
    assert json.loads(json.dumps(v)) == v, v
    assert json.loads(json.dumps(v, indent=2, sort_keys=True)) == v, v
    assert json.loads(json.dumps(v, ensure_ascii=False)) == v, v
print("round trips ok")

# load() reads from a file-like object.
class Source:
    def read(self):
        return '{"from": "file"}'
print(json.load(Source()))

# JSONDecoder directly.
dec = json.JSONDecoder()
print(dec.decode('  [1, 2]  '))
print(dec.raw_decode('{"a": 1} trailing'))
print(dec.raw_decode('xx [5]', 3))
text = '[1] [2, 3] {"k": 4}'
pos = 0
while pos < len(text):
    obj, pos = dec.raw_decode(text, pos)
    print(obj, pos)
    while pos < len(text) and text[pos] == ' ':
        pos += 1

# expect: name 'coil'
# expect: version [1, 2, 3]
# expect: ratio 0.75
# expect: big 123456789012345678901234567890
# expect: neg -0.0125
# expect: exp 100.0
# expect: flags {'a': True, 'b': False, 'c': None}
# expect: empty []
# expect: obj {}
# expect: text 'line\nnext "quoted" \\ / \t \x08 \x0c \r'
# expect: é€😀
# expect: '\ud834 lone'
# expect: café 4
# expect: [0, 0, 0.0, -0.0, 1.5e+300, inf, -inf]
# expect: [1, 2]
# expect: nan inf -inf
# expect: {'bytes': [1, 2]}
# expect: {'bom': 1}
# expect: tab	here
# expect: ['a', 'b']
# expect: {'a': 2, 'b': 3}
# expect: [('a', 1), ('a', 2), ('b', 3)]
# expect: OrderedDict([('z', 1), ('y', [OrderedDict([('x', 2)])])])
# expect: ['F1.10', 'I2', 'F3.0']
# expect: ['nan', '-infinity']
# expect: [Fraction(1, 4), 1]
# expect: round trips ok
# expect: {'from': 'file'}
# expect: [1, 2]
# expect: ({'a': 1}, 8)
# expect: ([5], 6)
# expect: [1] 3
# expect: [2, 3] 10
# expect: {'k': 4} 19
