# A realistic use of re, compared with CPython 3.11.
import re

rows = [
    'name,age,city',
    'Alice,30,"New York, NY"',
    '"Bob ""The Builder""",45,London',
    'Carol,,Paris',
    '"multi, comma, field",1,"x"',
]
FIELD = re.compile(r'(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))')

def parse(line):
    out = []
    for m in FIELD.finditer(line):
        if m.group(1) is not None:
            out.append(m.group(1).replace('""', '"'))
        else:
            out.append(m.group(2))
    return out

header, *body = [parse(r) for r in rows]
print(header)
for rec in body:
    print(dict(zip(header, rec)))
print(re.split(r',(?=(?:[^"]*"[^"]*")*[^"]*$)', rows[1]))

# expect: ['name', 'age', 'city']
# expect: {'name': 'Alice', 'age': '30', 'city': 'New York, NY'}
# expect: {'name': 'Bob "The Builder"', 'age': '45', 'city': 'London'}
# expect: {'name': 'Carol', 'age': '', 'city': 'Paris'}
# expect: {'name': 'multi, comma, field', 'age': '1', 'city': 'x'}
# expect: ['Alice', '30', '"New York, NY"']
