# String formatting: f-strings with format specs, str.format and %-formatting.
def run(n):
    total = 0
    last = ""
    for i in range(n):
        x = i * 0.37
        a = f"{i:>6}|{x:8.2f}|{i:#x}|{'id' + str(i % 10)}"
        b = "{0:<5}-{1:.3e}-{name}".format(i % 1000, x, name="row")
        c = "%05d %-4s %.1f%%" % (i, "ab", x)
        d = f"{i:,} {x:.1%} {i % 7!r}"
        total += len(a) + len(b) + len(c) + len(d)
        last = a + b + c + d
    return total, last


print(run(100000))
