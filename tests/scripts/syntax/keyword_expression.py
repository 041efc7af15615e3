f(a + 1=2)  # expect error: SyntaxError: expression cannot contain assignment, perhaps you meant "=="?
