# splitlines() splits on every Unicode line boundary; keepends keeps them.
print("a\nb\r\nc\rd".splitlines())          # expect: ['a', 'b', 'c', 'd']
print("a\nb\r\nc\r".splitlines(True))       # expect: ['a\n', 'b\r\n', 'c\r']
print("a\x0bb\x0cc\x1cd\x85e\u2028f\u2029g".splitlines())  # expect: ['a', 'b', 'c', 'd', 'e', 'f', 'g']
print("".splitlines(), "\n".splitlines())   # expect: [] ['']
print("x\n\ny".splitlines(keepends=True))   # expect: ['x\n', '\n', 'y']
