try:
    len()
except TypeError as e:
    print(e)
try:
    len(1, 2)
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    abs(x=1)
except TypeError as e:
    print(e)
try:
    [].append()
except TypeError as e:
    print(e)
try:
    int("12", "x")
except TypeError as e:
    print(e)

# expect: len() takes exactly one argument (0 given)
# expect: len() takes exactly one argument (2 given)
# expect: object of type 'int' has no len()
# expect: abs() takes no keyword arguments
# expect: list.append() takes exactly one argument (0 given)
# expect: 'str' object cannot be interpreted as an integer
