def fail():
    raise ValueError("bad")
def wrapper():
    try:
        fail()
    except ValueError as e:
        err = e
    raise err
wrapper()

# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_raise_instance_again.py", line 9, in <module>
# expect stderr: wrapper()
# expect stderr: File "uncaught_raise_instance_again.py", line 8, in wrapper
# expect stderr: raise err
# expect stderr: File "uncaught_raise_instance_again.py", line 5, in wrapper
# expect stderr: fail()
# expect stderr: File "uncaught_raise_instance_again.py", line 2, in fail
# expect stderr: raise ValueError("bad")
# expect runtime error: ValueError: bad
