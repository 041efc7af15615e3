x = 1000
print(x is 1000, x is not None)
y = "abc"
if y is not "abc":
    print("different objects")


# expect: True True
# expect stderr: is_literal.py:2: SyntaxWarning: "is" with a literal. Did you mean "=="?
# expect stderr: print(x is 1000, x is not None)
# expect stderr: is_literal.py:4: SyntaxWarning: "is not" with a literal. Did you mean "!="?
# expect stderr: if y is not "abc":
