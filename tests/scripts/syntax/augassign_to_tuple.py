a, b = 1, 2
a, b += 1


# expect stderr: File "augassign_to_tuple.py", line 2
# expect stderr: a, b += 1
# expect error: SyntaxError: 'tuple' is an illegal expression for augmented assignment
