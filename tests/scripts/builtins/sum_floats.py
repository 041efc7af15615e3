# sum() of ints, floats, mixed, with a start value and generic __add__.
print(sum([1, 2, 3]))            # expect: 6
print(sum([0.1] * 10))           # expect: 0.9999999999999999
print(sum([1, 2.5, 3]))          # expect: 6.5
print(sum([], 10))               # expect: 10
print(sum([1, 2], start=100))    # expect: 103
print(sum([[1], [2, 3]], []))    # expect: [1, 2, 3]
print(sum(range(101)))           # expect: 5050
print(sum([2**62, 2**62, 2**62]))  # expect: 13835058055282163712
print(sum([True, True, False]))  # expect: 2
