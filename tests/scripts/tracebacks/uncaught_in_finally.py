def f():
    try:
        return 1
    finally:
        print("finally")
        [][0]
f()

# expect: finally
# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_in_finally.py", line 7, in <module>
# expect stderr: f()
# expect stderr: File "uncaught_in_finally.py", line 6, in f
# expect stderr: [][0]
# expect runtime error: IndexError: list index out of range
