# expect error: SyntaxError: unterminated triple-quoted string literal (detected at line 4)
x = 1
s = '''abc
def
