# len() of objects without a length, and argument count errors.
print(len([1, 2]), len("héllo"), len({1: 2}), len(range(10)))  # expect: 2 5 1 10
try:
    len()
except TypeError as e:
    print(e)  # expect: len() takes exactly one argument (0 given)
len(5)
# expect runtime error: TypeError: object of type 'int' has no len()
