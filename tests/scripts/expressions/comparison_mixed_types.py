print(1 < 2.5, 2.5 < 3, 3 == 3.0, 0 == -0.0, 1 == True, 0.0 == False)
print([1, 2] < [1, 2, 0], (1, "a") < (1, "b"), "abc" < "abd", "B" < "a", "" < "a")
print([1, 2] == (1, 2), {1: 2} == {1: 2.0}, {1, 2} == frozenset({1, 2}))
print(None == None, None != 0, [] == [], [] is [], float("nan") != float("nan"))
for a, b in [(1, "1"), ([], ()), ({}, []), (None, 0)]:
    try:
        a < b
    except TypeError as e:
        print(e)
print(max("apple", "Banana"), min([3, 1.5, 2]), sorted([3, 1.0, 2, True]))

# expect: True True True True True True
# expect: True True True True True
# expect: False True True
# expect: True True True False True
# expect: '<' not supported between instances of 'int' and 'str'
# expect: '<' not supported between instances of 'list' and 'tuple'
# expect: '<' not supported between instances of 'dict' and 'list'
# expect: '<' not supported between instances of 'NoneType' and 'int'
# expect: apple 1.5 [1.0, True, 2, 3]
