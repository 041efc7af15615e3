class Quiet(Exception):
    pass
raise Quiet

# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_no_message.py", line 3, in <module>
# expect stderr: raise Quiet
# expect runtime error: Quiet
