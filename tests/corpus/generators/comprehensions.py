"""Comprehensions of every kind: nested, conditional, dict/set, walrus, scoping rules."""

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
print({x: x ** 2 for x in range(6) if x != 3})
print({c.lower() for c in "Hello World" if c.isalpha()} == set("helowrd"))
print(sorted({len(w) for w in "a bb ccc dd e".split()}))
words = ["apple", "Banana", "cherry", "date", "Elderberry", "fig"]
print({w[0].lower(): w for w in words})
print([w.upper() if len(w) > 4 else w for w in words])
print([(i, j) for i in range(4) for j in range(i) if (i + j) % 2])
values = [3, 8, 1, 12, 7]
print([y for x in values if (y := x * 2) > 10], y)
print(sum(x * x for x in range(10)), max((len(w), w) for w in words))
print(dict(zip("abc", range(3))), list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
gen = (x for x in range(3))
print(list(gen), list(gen))
x = "outer"
print([x for x in "ab"], x)
funcs = [lambda n=n: n * 10 for n in range(3)]
print([f() for f in funcs])


class Scope:
    factor = 3
    items = [i * 2 for i in range(factor)]
    try:
        other = [factor * i for i in range(3) if i > factor]
    except NameError as e:
        other = f"NameError: {e}"


print(Scope.items, Scope.other)
pascal = [[1]]
for _ in range(6):
    pascal.append([a + b for a, b in zip([0] + pascal[-1], pascal[-1] + [0])])
for row in pascal:
    print(" ".join(map(str, row)).center(30))
print([[0] * 3 for _ in range(2)], [*range(3), *"xy"], {**{"a": 1}, "b": 2})
