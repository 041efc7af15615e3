print(-"abc")

# expect runtime error: TypeError: bad operand type for unary -: 'str'
