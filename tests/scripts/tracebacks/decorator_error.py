def register(fn):
    return fn.registry
@register
def handler():
    pass

# expect stderr: Traceback (most recent call last):
# expect stderr: File "decorator_error.py", line 3, in <module>
# expect stderr: @register
# expect stderr: ^^^^^^^^
# expect stderr: File "decorator_error.py", line 2, in register
# expect stderr: return fn.registry
# expect stderr: ^^^^^^^^^^^
# expect runtime error: AttributeError: 'function' object has no attribute 'registry'
