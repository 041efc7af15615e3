# Rosetta's ASCII Mandelbrot set and Sparkline in unicode, plus a bar chart
# and a temperature-conversion table using complex and float formatting.
rows = []
for y in range(-10, 11):
    line = ""
    for x in range(-40, 20):
        c = complex(x / 20, y / 10)
        z = 0j
        for i in range(30):
            z = z * z + c
            if abs(z) > 2:
                break
        line += " .:-=+*#%@"[i % 10] if abs(z) > 2 else "@"
    rows.append(line.rstrip())
print("\n".join(rows))
BARS = "▁▂▃▄▅▆▇█"


def sparkline(nums):
    lo, hi = min(nums), max(nums)
    span = (hi - lo) or 1
    return "".join(BARS[min(len(BARS) - 1, int((n - lo) / span * len(BARS)))] for n in nums)


for series in ["1 2 3 4 5 6 7 8 7 6 5 4 3 2 1", "1.5, 0.5 3.5, 2.5 5.5, 4.5 7.5, 6.5"]:
    nums = [float(s) for s in series.replace(",", " ").split()]
    print(f"min {min(nums)} max {max(nums)}: {sparkline(nums)}")
for c in range(-40, 101, 20):
    f = c * 9 / 5 + 32
    print(f"{c:>5}°C = {f:>6.1f}°F = {c + 273.15:>7.2f}K {'*' * int((c + 40) / 10)}")
