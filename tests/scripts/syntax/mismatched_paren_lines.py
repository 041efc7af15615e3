# The message names the line of the opening bracket.
# expect error: SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 3
x = (1,
     2]
