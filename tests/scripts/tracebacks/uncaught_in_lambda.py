key = lambda pair: pair[1]
pairs = [(1, 2), (3,)]
sorted(pairs, key=key)

# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_in_lambda.py", line 3, in <module>
# expect stderr: sorted(pairs, key=key)
# expect stderr: File "uncaught_in_lambda.py", line 1, in <lambda>
# expect stderr: key = lambda pair: pair[1]
# expect runtime error: IndexError: tuple index out of range
