# A compound statement without a body.
# expect error: IndentationError: expected an indented block after 'if' statement on line 3
if True:
x = 1
