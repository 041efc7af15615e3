# After an invalid-syntax error CPython scans the rest of the file: a
# lexical error there is reported instead.
# expect error: SyntaxError: unterminated string literal (detected at line 5)
x = = 1
y = 'abc
