raise ValueError("first line\nsecond line")

# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_multiline_message.py", line 1, in <module>
# expect stderr: raise ValueError("first line\nsecond line")
# expect stderr: ValueError: first line
# expect runtime error: second line
