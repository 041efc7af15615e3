# A match statement needs an indented block of cases.
match 1:
pass

# expect error: IndentationError: expected an indented block after 'match' statement on line 2
