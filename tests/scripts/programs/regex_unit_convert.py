# A realistic use of re, compared with CPython 3.11.
import re

FACTORS = {'km': 1000, 'm': 1, 'cm': 0.01, 'mm': 0.001, 'mi': 1609.344, 'ft': 0.3048, 'in': 0.0254}
QUERY = re.compile(r'^\s*(?P<val>[-+]?\d+(?:\.\d+)?)\s*(?P<src>[a-z]+)\s+(?:to|in)\s+(?P<dst>[a-z]+)\s*$', re.I)

for q in ["5 km to mi", "12in in cm", "3.5 ft to m", "100 parsecs to km", "ten m to ft", "-2 MI to KM"]:
    m = QUERY.match(q)
    if not m:
        print(f"{q!r}: cannot parse")
        continue
    src, dst = m['src'].lower(), m['dst'].lower()
    if src not in FACTORS or dst not in FACTORS:
        print(f"{q!r}: unknown unit {src if src not in FACTORS else dst}")
        continue
    v = float(m['val']) * FACTORS[src] / FACTORS[dst]
    print(f"{m['val']} {src} = {v:.4f} {dst}")

# expect: 5 km = 3.1069 mi
# expect: 12 in = 30.4800 cm
# expect: 3.5 ft = 1.0668 m
# expect: '100 parsecs to km': unknown unit parsecs
# expect: 'ten m to ft': cannot parse
# expect: -2 mi = -3.2187 km
