# A realistic use of re, compared with CPython 3.11.
import re

text = """Meeting on 2023-03-15 at 14:30, follow-up 03/22/2023 9am.
Deadline: March 31, 2023. Holiday: 25 Dec 2023. Bad: 2023-13-45, 99/99/9999."""

MONTHS = {m: i for i, m in enumerate(
    ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'], 1)}

patterns = [
    (re.compile(r'\b(\d{4})-(\d{2})-(\d{2})\b'), lambda m: (int(m[1]), int(m[2]), int(m[3]))),
    (re.compile(r'\b(\d{1,2})/(\d{1,2})/(\d{4})\b'), lambda m: (int(m[3]), int(m[1]), int(m[2]))),
    (re.compile(r'\b([A-Z][a-z]+)\s+(\d{1,2}),\s*(\d{4})'),
     lambda m: (int(m[3]), MONTHS.get(m[1][:3].lower(), 0), int(m[2]))),
    (re.compile(r'\b(\d{1,2})\s+([A-Za-z]{3})\w*\s+(\d{4})'),
     lambda m: (int(m[3]), MONTHS.get(m[2].lower(), 0), int(m[1]))),
]
found = []
for pat, conv in patterns:
    for m in pat.finditer(text):
        y, mo, d = conv(m)
        ok = 1 <= mo <= 12 and 1 <= d <= 31
        found.append((m.start(), m.group(), (y, mo, d), ok))
for item in sorted(found):
    print(item)
times = re.findall(r'\b(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\b(?=[,.\s])', text, re.I)
print(times)

# expect: (11, '2023-03-15', (2023, 3, 15), True)
# expect: (42, '03/22/2023', (2023, 3, 22), True)
# expect: (68, 'March 31, 2023', (2023, 3, 31), True)
# expect: (93, '25 Dec 2023', (2023, 12, 25), True)
# expect: (111, '2023-13-45', (2023, 13, 45), False)
# expect: (123, '99/99/9999', (9999, 99, 99), False)
# expect: [('15', '', ''), ('14', '30', ''), ('9', '', 'am'), ('31', '', ''), ('25', '', ''), ('45', '', '')]
