# A bracket still open at the end of the file.
# expect error: SyntaxError: '(' was never closed
x = (1,
     2
