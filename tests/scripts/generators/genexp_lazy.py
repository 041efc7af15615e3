# Generator expressions are lazy, evaluate the first iterable eagerly, and have their own scope.
def source():
    print("source evaluated")
    return [1, 2, 3]
g = (x * 10 for x in source())
print("created")
print(next(g))
print(list(g))
x = "outer"
print(sum(x for x in range(5)), x)
print(max(len(w) for w in ["a", "abc", "ab"]))
try:
    (1 / y for y in 0)
except TypeError as e:
    print("eager:", e)

# expect: source evaluated
# expect: created
# expect: 10
# expect: [20, 30]
# expect: 10 outer
# expect: 3
# expect: eager: 'int' object is not iterable
