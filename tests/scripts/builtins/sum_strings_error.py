# sum() refuses a str start value.
try:
    sum([], 0)
    sum(["a", "b"], "")
except TypeError as e:
    print(e)  # expect: sum() can't sum strings [use ''.join(seq) instead]
sum([1, "a"])
# expect runtime error: TypeError: unsupported operand type(s) for +: 'int' and 'str'
