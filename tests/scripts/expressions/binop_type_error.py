try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    [1] * "x"
except TypeError as e:
    print(e)
try:
    {} | 3
except TypeError as e:
    print(e)
try:
    None < 1
except TypeError as e:
    print(e)
try:
    "a" < 1
except TypeError as e:
    print(e)
try:
    1 ** "x"
except TypeError as e:
    print(e)
try:
    ~1.5
except TypeError as e:
    print(e)
try:
    3 @ 4
except TypeError as e:
    print(e)
try:
    [] - []
except TypeError as e:
    print(e)

# expect: unsupported operand type(s) for +: 'int' and 'str'
# expect: can only concatenate str (not "int") to str
# expect: can't multiply sequence by non-int of type 'str'
# expect: unsupported operand type(s) for |: 'dict' and 'int'
# expect: '<' not supported between instances of 'NoneType' and 'int'
# expect: '<' not supported between instances of 'str' and 'int'
# expect: unsupported operand type(s) for ** or pow(): 'int' and 'str'
# expect: bad operand type for unary ~: 'float'
# expect: unsupported operand type(s) for @: 'int' and 'int'
# expect: unsupported operand type(s) for -: 'list' and 'list'
