"""map/filter/zip/sorted/min/max with keys, lambdas, and a small functional toolkit."""
from functools import reduce

people = [
    {"name": "Ann", "age": 31, "city": "Oslo", "score": 88.5},
    {"name": "bob", "age": 25, "city": "Rome", "score": 92.0},
    {"name": "Cy", "age": 40, "city": "Oslo", "score": 75.25},
    {"name": "dee", "age": 25, "city": "Lima", "score": 92.0},
]

print(list(map(lambda p: p["name"].upper(), people)))
print([p["name"] for p in filter(lambda p: p["age"] < 35, people)])
print(sorted(people, key=lambda p: (-p["score"], p["name"].lower()))[0]["name"])
print(min(people, key=lambda p: p["age"])["name"], max(people, key=lambda p: p["score"])["name"])
print(sorted(p["name"] for p in people), sorted((p["name"] for p in people), key=str.lower))
print(list(zip(*[(p["name"], p["age"]) for p in people])))
print(reduce(lambda acc, p: {**acc, p["city"]: acc.get(p["city"], 0) + 1}, people, {}))
print(any(p["score"] > 90 for p in people), all(p["age"] >= 18 for p in people))
print(list(map(pow, [2, 3, 4], [3, 2, 1])), list(map(str, range(3))))
print(sum(map(lambda p: p["score"], people)) / len(people))


def pipe(value, *fns):
    for fn in fns:
        value = fn(value)
    return value


def curry(fn, arity):
    def curried(*args):
        if len(args) >= arity:
            return fn(*args)
        return lambda *more: curried(*args, *more)
    return curried


add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3))
print(pipe(" Hello World ", str.strip, str.lower, lambda s: s.split(), len))
print(list(enumerate(map(len, ["a", "bb", "ccc"]), 1)))
print(sorted([3, -1, -4, 2], key=abs), sorted("bAcD", key=str.casefold), sorted([(1, "b"), (1, "a"), (0, "z")]))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(map(list, zip(*matrix))), [sum(col) for col in zip(*matrix)])
print(dict(map(lambda kv: (kv[1], kv[0]), {"a": 1, "b": 2}.items())))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(max([], default="empty"), min("hello"), max("a", "B", key=str.lower))
