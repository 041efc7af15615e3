a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, 1 in a, 3 in a, 3 not in a)
print("b" in "abc", "" in "abc", "ab" in "xaby")
print(2 in {1: 'x', 2: 'y'}, 'x' in {1: 'x'})
print(3 in range(5), 5 in range(5), 4 in range(0, 10, 2), 3 in range(0, 10, 2))
print((1, 2) in [(1, 2), (3, 4)], 1 in (1,), 2 in {2, 3})

# expect: True False True True
# expect: True True False True
# expect: True True True
# expect: True False
# expect: True False True False
# expect: True True True
