s = {3, 1, 2}
s.add(4); s.discard(10); s.remove(1)
print(sorted(s), len(s), 2 in s)
a, b = {1, 2, 3}, {2, 3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a <= {1, 2, 3, 4}, a < a, set(), set("aab") == {"a", "b"}, frozenset([1]) == {1})
print(sorted({x * x for x in range(-3, 4)}))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
print({1, 2} == {2, 1}, len({1, 1.0, True}))

# expect: [2, 3, 4] 3 True
# expect: [1, 2, 3, 4] [2, 3] [1] [1, 4]
# expect: True False set() True True
# expect: [0, 1, 4, 9]
# expect: KeyError 99
# expect: True 1
