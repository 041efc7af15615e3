def f():
    return [1, 2]["a"]
def g():
    return 5[0]
print("defined")
g()


# expect: defined
# expect stderr: subscript_literal.py:2: SyntaxWarning: list indices must be integers or slices, not str; perhaps you missed a comma?
# expect stderr: return [1, 2]["a"]
# expect stderr: subscript_literal.py:4: SyntaxWarning: 'int' object is not subscriptable; perhaps you missed a comma?
# expect stderr: return 5[0]
# expect stderr: Traceback (most recent call last):
# expect stderr: File "subscript_literal.py", line 6, in <module>
# expect stderr: g()
# expect stderr: File "subscript_literal.py", line 4, in g
# expect stderr: return 5[0]
# expect runtime error: TypeError: 'int' object is not subscriptable
