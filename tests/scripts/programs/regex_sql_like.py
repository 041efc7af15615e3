# A realistic use of re, compared with CPython 3.11.
import re

def like_to_regex(pattern):
    parts = re.split(r'(%|_)', pattern)
    rx = ''.join('.*' if p == '%' else '.' if p == '_' else re.escape(p) for p in parts)
    return re.compile(rx + r'\Z', re.S | re.I)

names = ["Smith", "smythe", "Smit", "Schmidt", "a.b", "axb", "50% off"]
for pat in ["sm_th%", "%mid%", "a.b", "%\\%%", "50%"]:
    rx = like_to_regex(pat)
    print(pat, rx.pattern, [n for n in names if rx.match(n)])

query = "SELECT id, name FROM users WHERE age >= 18 AND name LIKE 'A%' ORDER BY name DESC LIMIT 10"
m = re.match(r"SELECT\s+(?P<cols>.+?)\s+FROM\s+(?P<table>\w+)(?:\s+WHERE\s+(?P<where>.+?))?"
             r"(?:\s+ORDER\s+BY\s+(?P<order>\w+(?:\s+(?:ASC|DESC))?))?(?:\s+LIMIT\s+(?P<limit>\d+))?$",
             query, re.I)
print({k: v for k, v in m.groupdict().items()})
print(re.split(r'\s+AND\s+', m['where']), [c.strip() for c in m['cols'].split(',')])

# expect: sm_th% sm.th.*\Z ['Smith', 'smythe']
# expect: %mid% .*mid.*\Z ['Schmidt']
# expect: a.b a\.b\Z ['a.b']
# expect: %\%% .*\\.*.*\Z []
# expect: 50% 50.*\Z ['50% off']
# expect: {'cols': 'id, name', 'table': 'users', 'where': "age >= 18 AND name LIKE 'A%'", 'order': 'name DESC', 'limit': '10'}
# expect: ['age >= 18', "name LIKE 'A%'"] ['id', 'name']
