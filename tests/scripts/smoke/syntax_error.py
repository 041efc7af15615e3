# A syntax error anywhere in the file means nothing runs.
print("not printed")
x = = 1
# expect error: SyntaxError: invalid syntax
