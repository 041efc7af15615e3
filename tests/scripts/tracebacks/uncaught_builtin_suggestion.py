values = [3, 1, 2]
print(sortd(values))

# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_builtin_suggestion.py", line 2, in <module>
# expect stderr: print(sortd(values))
# expect runtime error: NameError: name 'sortd' is not defined. Did you mean: 'sorted'?
