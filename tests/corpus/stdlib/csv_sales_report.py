"""Writes a sales CSV into a temporary directory, reads it back with
DictReader, aggregates per region and writes a summary with DictWriter."""
import csv
import os
import tempfile
from collections import defaultdict

SALES = [
    ("2023-01-05", "North", "Widget", 3, 9.99),
    ("2023-01-06", "South", "Gadget, large", 1, 24.50),
    ("2023-01-06", "North", 'Doohickey "pro"', 2, 14.25),
    ("2023-01-07", "East", "Widget", 10, 9.99),
    ("2023-01-08", "South", "Widget", 4, 9.99),
]

with tempfile.TemporaryDirectory() as folder:
    sales_path = os.path.join(folder, "sales.csv")
    with open(sales_path, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["date", "region", "product", "units", "price"])
        writer.writerows(SALES)
    with open(sales_path, newline="") as f:
        print(f.read(), end="")

    totals = defaultdict(float)
    units = defaultdict(int)
    with open(sales_path, newline="") as f:
        reader = csv.DictReader(f)
        print(reader.fieldnames)
        for row in reader:
            amount = int(row["units"]) * float(row["price"])
            totals[row["region"]] += amount
            units[row["region"]] += int(row["units"])
            print(f"{reader.line_num}: {row['product']!r} {amount:.2f}")

    summary_path = os.path.join(folder, "summary.tsv")
    with open(summary_path, "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["region", "units", "revenue"], dialect="excel-tab")
        writer.writeheader()
        for region in sorted(totals):
            writer.writerow({"region": region, "units": units[region],
                             "revenue": f"{totals[region]:.2f}"})
    with open(summary_path, newline="") as f:
        for row in csv.reader(f, delimiter="\t"):
            print(row)
    with open(summary_path, newline="") as f:
        rows = list(csv.DictReader(f, dialect="excel-tab"))
    print(max(rows, key=lambda r: float(r["revenue"]))["region"])
    print(sorted(os.listdir(folder)))
print(os.path.exists(folder))
