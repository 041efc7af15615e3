# A case clause needs a body.
match 1:
    case 1:
print(1)

# expect error: IndentationError: expected an indented block after 'case' statement on line 3
