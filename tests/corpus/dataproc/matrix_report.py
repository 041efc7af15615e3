"""Render a pivot table (region x quarter) from tuples, with row/column totals and percentages."""
from collections import defaultdict

SALES = [
    ("North", "Q1", 120), ("North", "Q2", 135), ("North", "Q3", 90), ("North", "Q4", 160),
    ("South", "Q1", 80), ("South", "Q2", 95), ("South", "Q4", 130),
    ("East", "Q1", 200), ("East", "Q2", 180), ("East", "Q3", 210), ("East", "Q4", 190),
    ("West", "Q3", 50), ("North", "Q1", 30),
]

pivot = defaultdict(lambda: defaultdict(int))
for region, quarter, amount in SALES:
    pivot[region][quarter] += amount
quarters = sorted({q for _, q, _ in SALES})
regions = sorted(pivot, key=lambda r: -sum(pivot[r].values()))
col_totals = {q: sum(pivot[r][q] for r in regions) for q in quarters}
grand = sum(col_totals.values())

header = f"{'Region':<8}" + "".join(f"{q:>7}" for q in quarters) + f"{'Total':>8}{'%':>7}"
print(header)
print("=" * len(header))
for r in regions:
    total = sum(pivot[r].values())
    cells = "".join(f"{pivot[r][q] or '-':>7}" for q in quarters)
    print(f"{r:<8}{cells}{total:>8}{total / grand:>7.1%}")
print("-" * len(header))
print(f"{'Total':<8}" + "".join(f"{col_totals[q]:>7}" for q in quarters) + f"{grand:>8}{1:>7.0%}")
best_q = max(col_totals, key=col_totals.get)
print(f"best quarter: {best_q} ({col_totals[best_q]}), best region: {regions[0]}")
growth = {r: (pivot[r]["Q4"] - pivot[r]["Q1"]) / pivot[r]["Q1"] for r in regions if pivot[r]["Q1"]}
for r, g in sorted(growth.items(), key=lambda kv: kv[1], reverse=True):
    print(f"{r:<6} {g:+.1%} {'▲' if g > 0 else '▼'}")
