config = {"debug": True}
if config.debug:
    print("debugging")

# expect stderr: Traceback (most recent call last):
# expect stderr: File "attribute_error.py", line 2, in <module>
# expect stderr: if config.debug:
# expect stderr: ^^^^^^^^^^^^
# expect runtime error: AttributeError: 'dict' object has no attribute 'debug'
