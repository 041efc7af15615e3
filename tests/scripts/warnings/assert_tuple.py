assert (1 == 2, "message")
print("assert passed")


# expect: assert passed
# expect stderr: assert_tuple.py:1: SyntaxWarning: assertion is always true, perhaps remove parentheses?
# expect stderr: assert (1 == 2, "message")
