def fail():
    raise ValueError("bad")
def wrapper():
    try:
        fail()
    except ValueError:
        x = 1
        raise
wrapper()

# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_bare_reraise_line.py", line 9, in <module>
# expect stderr: wrapper()
# expect stderr: File "uncaught_bare_reraise_line.py", line 5, in wrapper
# expect stderr: fail()
# expect stderr: File "uncaught_bare_reraise_line.py", line 2, in fail
# expect stderr: raise ValueError("bad")
# expect runtime error: ValueError: bad
