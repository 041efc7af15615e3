# divmod() floors toward negative infinity, for ints, floats and big ints.
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2))
# expect: (3, 1) (-4, 1) (-4, -1) (3, -1)
print(divmod(-7.5, 2))      # expect: (-4.0, 0.5)
print(divmod(7, 2.5))       # expect: (2.0, 2.0)
print(divmod(2**70, -3))    # expect: (-393530540239137101142, -2)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)  # expect: integer division or modulo by zero
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(e)  # expect: float divmod()
divmod("a", 1)
# expect runtime error: TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'
