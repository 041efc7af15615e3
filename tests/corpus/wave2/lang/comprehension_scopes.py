# Comprehensions and generator expressions: nested loops and conditions,
# iteration-variable isolation, the first iterable evaluated eagerly, set/dict forms.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix], [[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2 if x > 2], [(x, y) for x in range(3) for y in range(x)])
print({x % 3: x for x in range(10)}, {c.upper() for c in "hello"} == set("HELO"), sorted({len(w) for w in "a bb cc ddd".split()}))
i = "outer"
squares = [i * i for i in range(4)]
print(i, squares)
gen = (n * 2 for n in range(3))
print(next(gen), list(gen), list(gen))
try:
    bad = (1 / 0 for _ in range(3))
    print("generator created lazily")
    next(bad)
except ZeroDivisionError:
    print("error only on next()")
try:
    lazy = (x for x in 1 / 0)
except ZeroDivisionError:
    print("first iterable evaluated at once")
print(sum(x * x for x in range(10)), max((len(w), w) for w in "pear fig banana".split()), any(x > 5 for x in [1, 7]))
print([y for x in [[1, 2], [3]] for y in x], [[y for y in range(x)] for x in range(4)])
print(dict((k, v) for k, v in zip("abc", range(3))), list(map(lambda p: p[0] * p[1], zip([1, 2], [3, 4]))))
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
flags = [True, False]
print([f"{a}-{b}" for a in flags for b in flags if a or b])


class Table:
    cols = ["a", "b"]
    header = [c.upper() for c in cols]
    try:
        pairs = [(c, d) for c in cols for d in cols]
    except NameError as e:
        pairs = str(e)


print(Table.header, Table.pairs)
words = ["apple", "Bob", "cat", "Dog"]
print(sorted(words), sorted(words, key=str.lower), [w for w in words if w[0].isupper()], "".join(w[0] for w in words))
nested = [[[1, 2], [3]], [[4], [5, 6]]]
print([z for x in nested for y in x for z in y], sum(sum(sum(y) for y in x) for x in nested))
print(list(zip(*matrix)), [list(r) for r in zip(*matrix[::-1])], list(enumerate("ab", 1)))
