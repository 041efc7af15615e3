try:
    1 / 0
except ZeroDivisionError:
    raise KeyError("replaced") from None

# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_from_none.py", line 4, in <module>
# expect stderr: raise KeyError("replaced") from None
# expect runtime error: KeyError: 'replaced'
