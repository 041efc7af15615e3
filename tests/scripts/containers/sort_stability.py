# list.sort and sorted are stable with key= and reverse= (reverse keeps equal
# items in their original order); the key runs once per item; errors.
records = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 2), ("eve", 1), ("fay", 3)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name_then_score = sorted(sorted(records), key=lambda r: -r[1])
print(by_name_then_score)
calls = []


def key(r):
    calls.append(r[0])
    return r[1] % 2


data = list(records)
data.sort(key=key)
print(data, len(calls))
words = ["Banana", "apple", "cherry", "Apple", "banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
nums = [3, -1, 2, -3, 1, -2]
nums.sort(key=abs)
print(nums)
try:
    [3, "a", 1].sort()
except TypeError as e:
    print(e)
try:
    sorted([1, 2], key=lambda x: x / 0)
except ZeroDivisionError as e:
    print(e)
try:
    sorted([1], 1)
except TypeError as e:
    print(e)
lst = [5, 1, 4]
try:
    lst.sort(key=lambda x: lst.append(x) or x)
except ValueError as e:
    print(e)
print(sorted([], key=len), sorted("bca"), sorted((3, 1, 2), reverse=True))

# expect: [('amy', 1), ('eve', 1), ('dan', 2), ('bob', 3), ('cat', 3), ('fay', 3)]
# expect: [('bob', 3), ('cat', 3), ('fay', 3), ('dan', 2), ('amy', 1), ('eve', 1)]
# expect: [('bob', 3), ('cat', 3), ('fay', 3), ('dan', 2), ('amy', 1), ('eve', 1)]
# expect: [('dan', 2), ('bob', 3), ('amy', 1), ('cat', 3), ('eve', 1), ('fay', 3)] 6
# expect: ['Apple', 'Banana', 'apple', 'banana', 'cherry'] ['apple', 'Apple', 'Banana', 'banana', 'cherry'] ['Banana', 'cherry', 'banana', 'apple', 'Apple']
# expect: [-1, 1, 2, -2, 3, -3]
# expect: '<' not supported between instances of 'str' and 'int'
# expect: division by zero
# expect: sorted expected 1 argument, got 2
# expect: list modified during sort
# expect: [] ['a', 'b', 'c'] [3, 2, 1]
