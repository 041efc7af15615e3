try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = "x"
except ValueError as e:
    print(e)
try:
    (a, b), c = 1, 2
except TypeError as e:
    print(e)
def gen():
    yield 1
    yield 2
    yield 3
try:
    a, b = gen()
except ValueError as e:
    print(e)

# expect: too many values to unpack (expected 2)
# expect: not enough values to unpack (expected 3, got 2)
# expect: cannot unpack non-iterable int object
# expect: not enough values to unpack (expected at least 2, got 1)
# expect: not enough values to unpack (expected 2, got 1)
# expect: cannot unpack non-iterable int object
# expect: too many values to unpack (expected 2)
