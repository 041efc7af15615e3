"""Mail-merge style letters with string.Template, str.format_map and f-string alignment."""
from string import Template
import string

CUSTOMERS = [
    {"name": "Ms. Rivera", "item": "kettle", "amount": 34.5, "days": 3},
    {"name": "Dr. Okafor", "item": "bookshelf", "amount": 129.0, "days": 12},
    {"name": "Mr. Li", "item": "lamp", "amount": 18.25, "days": 0},
]

letter = Template("Dear $name,\nyour $item (${amount} EUR) ships in $days day(s).\n-- $$hop")
for c in CUSTOMERS:
    print(letter.substitute(c, amount=f"{c['amount']:.2f}"))
print(Template("$who likes $what").safe_substitute(who="Tim"))
try:
    Template("$who likes $what").substitute(who="Tim")
except KeyError as e:
    print("KeyError:", e)


class Default(dict):
    def __missing__(self, key):
        return "{" + key + "}"


print("{name} owes {amount:.1f} for {item} {extra}".format_map(Default(CUSTOMERS[0])))
print(string.capwords("hello   wide world"), string.ascii_lowercase[:5], string.digits)
fmt = string.Formatter()
print(list(fmt.parse("a{0}b{x!r:>5}c")))
for c in CUSTOMERS:
    status = "late" if c["days"] > 7 else "today" if c["days"] == 0 else "soon"
    print(f"{c['name']:.<15}{c['item']:^12}{c['amount']:>8.2f} {status!r:>8} {c['days']:03}")
value = 1234567.891
print(f"{value:,.2f} {value:e} {value:g} {0.000012345:g} {value:%} {42:b} {42:o} {-42:x}")
print(f"{'left':<8}|{'right':>8}|{'mid':^9}|{3.14159:8.3f}|{7:+d}|{1e-7:.2g}")
width, prec = 10, 3
print(f"{3.14159265:{width}.{prec}f}|{'x'!r}|{'é'!a}|{10**20:,}")
