# A textbook exercise: print a sales table with computed column widths,
# right-aligned numbers, a totals row and percentage shares.
rows = [
    ("North", 1520.5, 37),
    ("South-East", 980.25, 21),
    ("West", 12000.0, 180),
    ("Central", 0.5, 1),
]
headers = ("Region", "Revenue", "Orders", "Share", "Avg")
total = sum(r[1] for r in rows)
table = []
for region, revenue, orders in rows:
    table.append((region, f"{revenue:,.2f}", f"{orders:d}", f"{revenue / total:.1%}",
                  f"{revenue / orders:.3g}"))
table.append(("TOTAL", f"{total:,.2f}", f"{sum(r[2] for r in rows)}", "100.0%", ""))
widths = [max(len(h), *(len(t[i]) for t in table)) for i, h in enumerate(headers)]
line = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
print(line)
print("| " + " | ".join(h.center(w) for h, w in zip(headers, widths)) + " |")
print(line.replace("-", "="))
for t in table:
    cells = [t[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(t[1:], widths[1:])]
    if t[0] == "TOTAL":
        print(line)
    print("| " + " | ".join(cells) + " |")
print(line)
for region, revenue, _ in rows:
    bar = "#" * round(40 * revenue / total)
    print(f"{region:>10} {bar:<40} {revenue / total:6.2%}")
