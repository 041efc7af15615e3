try:
    try:
        raise TypeError("one")
    except TypeError:
        raise ValueError("two")
except ValueError:
    raise KeyError("three")

# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_nested_context.py", line 3, in <module>
# expect stderr: raise TypeError("one")
# expect stderr: TypeError: one
# expect stderr: During handling of the above exception, another exception occurred:
# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_nested_context.py", line 5, in <module>
# expect stderr: raise ValueError("two")
# expect stderr: ValueError: two
# expect stderr: During handling of the above exception, another exception occurred:
# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_nested_context.py", line 7, in <module>
# expect stderr: raise KeyError("three")
# expect runtime error: KeyError: 'three'
