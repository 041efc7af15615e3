def compute(values):
    totl = 0
    for v in values:
        total += v
    return totl
compute([1])

# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_nameerror_suggestion.py", line 6, in <module>
# expect stderr: compute([1])
# expect stderr: File "uncaught_nameerror_suggestion.py", line 4, in compute
# expect stderr: total += v
# expect runtime error: UnboundLocalError: cannot access local variable 'total' where it is not associated with a value
