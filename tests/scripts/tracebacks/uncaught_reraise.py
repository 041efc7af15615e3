def f():
    try:
        int("x")
    except ValueError:
        print("handling")
        raise
f()

# expect: handling
# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_reraise.py", line 7, in <module>
# expect stderr: f()
# expect stderr: File "uncaught_reraise.py", line 3, in f
# expect stderr: int("x")
# expect runtime error: ValueError: invalid literal for int() with base 10: 'x'
