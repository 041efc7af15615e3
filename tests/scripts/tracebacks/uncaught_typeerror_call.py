def greet(name, greeting="hi"):
    return f"{greeting}, {name}"
print(greet("ann"))
greet()

# expect: hi, ann
# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_typeerror_call.py", line 4, in <module>
# expect stderr: greet()
# expect runtime error: TypeError: greet() missing 1 required positional argument: 'name'
