# sum() of ints past 64 bits, mixed with floats, bools and other types.
big = 2 ** 62
print(sum([big, big, big]))  # expect: 13835058055282163712
print(sum(x * x for x in range(1500)))  # expect: 1123875250
print(sum([1, 2.5, True]))  # expect: 4.5
print(sum([True, True, 3]))  # expect: 5
print(sum([2 ** 70, -2 ** 70, 1]))  # expect: 1
print(sum([], 7), sum([1], start=2 ** 64))  # expect: 7 18446744073709551617
print(sum([1, 2], 0.5), sum([[1], [2]], []))  # expect: 3.5 [1, 2]
try:
    sum([1, "a"])
except TypeError as e:
    print(e)  # expect: unsupported operand type(s) for +: 'int' and 'str'
print(max(x % 1000 for x in range(5000)), min(3, 1.5, 2), max([float("nan"), 1.0]))  # expect: 999 1.5 nan
print(max([1, float("nan")]), sorted([3, 1.5, -2, 0]))  # expect: 1 [-2, 0, 1.5, 3]
