"""Reconcile a bank statement with Decimal money arithmetic and a monthly summary."""
from decimal import Decimal, ROUND_HALF_UP
from collections import OrderedDict

TRANSACTIONS = """
2023-03-01|Opening balance|1000.00
2023-03-02|Coffee|-3.45
2023-03-05|Salary|2500.00
2023-03-09|Rent|-1200.00
2023-03-15|Groceries|-87.19
2023-04-01|Rent|-1200.00
2023-04-03|Refund|15.50
2023-04-20|Groceries|-92.31
2023-04-30|Interest|0.875
"""

CENT = Decimal("0.01")
balance = Decimal(0)
months = OrderedDict()
for line in TRANSACTIONS.strip().splitlines():
    date, desc, amount = line.split("|")
    amount = Decimal(amount).quantize(CENT, rounding=ROUND_HALF_UP)
    balance += amount
    m = months.setdefault(date[:7], {"in": Decimal(0), "out": Decimal(0), "n": 0})
    m["in" if amount > 0 else "out"] += amount
    m["n"] += 1
    print(f"{date}  {desc:<16}{amount:>10}{balance:>11}")
print()
for month, m in months.items():
    print(f"{month}: {m['n']} txns, in {m['in']}, out {m['out']}, net {m['in'] + m['out']}")
print("final:", balance, type(balance).__name__)
print(Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), 0.1 + 0.2 == 0.3)
print(Decimal("1") / Decimal("3"), Decimal("10") / Decimal("4"))
print(Decimal("2.675").quantize(CENT), round(2.675, 2), Decimal("-7.5").quantize(Decimal(1)))
print(sum((Decimal("0.1"),) * 10), Decimal("1.30") * 3, Decimal("1e3") + 1)
