# zip(strict=True) reports which argument is shorter or longer.
print(list(zip([1, 2], 'ab', strict=True)))
for args in [([1, 2], [1]), ([1], [1, 2]), ([1], [1], [1, 2]), ([1, 2], [1, 2], [1])]:
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print('ValueError:', e)
try:
    zip([], bad=1)
except TypeError as e:
    print('TypeError:', e)

# Expected output (CPython 3.11):
# expect: [(1, 'a'), (2, 'b')]
# expect: ValueError: zip() argument 2 is shorter than argument 1
# expect: ValueError: zip() argument 2 is longer than argument 1
# expect: ValueError: zip() argument 3 is longer than arguments 1-2
# expect: ValueError: zip() argument 3 is shorter than arguments 1-2
# expect: TypeError: 'bad' is an invalid keyword argument for zip()
