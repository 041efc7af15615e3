# A starred target is only checked once the whole file has parsed, so a
# later syntax error is reported first.
*a = [1]
x = = 1  # expect error: SyntaxError: invalid syntax
