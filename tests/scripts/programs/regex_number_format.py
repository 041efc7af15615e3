# A realistic use of re, compared with CPython 3.11.
import re

def commify(n):
    s = str(n)
    while True:
        s, count = re.subn(r'^([-+]?\d+)(\d{3})', r'\1,\2', s)
        if not count:
            return s

for n in [0, 999, 1000, 1234567, -9876543210, 12345.678]:
    print(n, commify(n), re.sub(r'(?<=\d)(?=(\d{3})+(?!\d))', ',', str(n).split('.')[0]))

def parse_duration(s):
    m = re.fullmatch(r'(?:(\d+)h)?\s*(?:(\d+)m)?\s*(?:(\d+)s)?', s.strip())
    if not m or not any(m.groups()):
        raise ValueError(f"bad duration {s!r}")
    h, mi, se = (int(g) if g else 0 for g in m.groups())
    return h * 3600 + mi * 60 + se

for d in ["1h 30m", "45s", "2h5s", "10m", "", "3x"]:
    try:
        print(repr(d), parse_duration(d))
    except ValueError as e:
        print(e)
print(re.sub(r'\d+(\.\d+)?', lambda m: f"{float(m.group()):.1f}", "w 3 h 4.25 d 10.99"))

# expect: 0 0 0
# expect: 999 999 999
# expect: 1000 1,000 1,000
# expect: 1234567 1,234,567 1,234,567
# expect: -9876543210 -9,876,543,210 -9,876,543,210
# expect: 12345.678 12,345.678 12,345
# expect: '1h 30m' 5400
# expect: '45s' 45
# expect: '2h5s' 7205
# expect: '10m' 600
# expect: bad duration ''
# expect: bad duration '3x'
# expect: w 3.0 h 4.2 d 11.0
