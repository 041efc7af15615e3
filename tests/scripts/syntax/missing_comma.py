# Two expressions side by side inside brackets.
print(1 2)  # expect error: SyntaxError: invalid syntax. Perhaps you forgot a comma?
