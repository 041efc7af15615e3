x = [1, 2, 3]
print(x[10])

# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_module_level.py", line 2, in <module>
# expect stderr: print(x[10])
# expect runtime error: IndexError: list index out of range
