# f-string corners: '=', conversions, nested specs, quotes, braces, dict access,
# expressions with calls and conditionals, multi-line f-strings.
import datetime

width, prec = 10, 3
value = 2 / 3
name = "Ada"
items = {"apples": 3, "pears": 11}

print(f"{value=}")
print(f"{value = }")
print(f"{value=:.2f}")
print(f"{name=!r:>8}")
print(f"{name=!s}")
print(f"{width * 2 + 1 = }")
print(f"{value:{width}.{prec}f}|")
print(f"{value:>{width}}|{value:<{width}.{prec}}|")
print(f"{'nested':{'^'}{12}}")
print(f"{{literal}} {{{name}}}")
print(f"{items['apples']} and {items['pears']:03d}")
print(f"{name!r} {name!a} {'café'!a}")
print(f"{'yes' if value > 0.5 else 'no'}")
print(f"{[n * n for n in range(5)]}")
print(f"{ {'k': 1} }")
print(f"{(lambda x: x + 1)(41)}")
print(f"{3.0:g} {3.5:g} {1e20:g} {123456789.0:g}")
day = datetime.date(2024, 2, 29)
print(f"{day:%Y/%m/%d} {day:%A %d %B}")
print(f"{day!r} {day}")
total = 12345.678
print(f"Total: {total:>15,.2f}")
print(f"Total: {total:<15_.1f}|")
print(f"{'left':<8}|{'mid':^8}|{'right':>8}|")
msg = (
    f"name={name} "
    f"len={len(name)} "
    f"upper={name.upper()}"
)
print(msg)
for n in (0, 1, 255, 65535):
    print(f"{n:>6d} {n:>#8x} {n:>#10o} {n:>#20b}")
x = 5
print(f"{x!r:^7}|{x!s:^7}|{str(x):*^7}")
print(f"{None!r} {True!s:>6} {False:d}")
print(f"{3+4j} {complex(1, -2)!r}")
