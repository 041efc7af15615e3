g = (x * 2 for x in range(4))
print(type(g).__name__)
print(next(g), next(g))
print(list(g))
print(list(g))
print(sum(x * x for x in range(10)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [1, 5]))
print(",".join(str(i) for i in range(5)))

# expect: generator
# expect: 0 2
# expect: [4, 6]
# expect: []
# expect: 285
# expect: 3
# expect: True False
# expect: 0,1,2,3,4
