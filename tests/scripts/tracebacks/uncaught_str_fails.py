class Weird(Exception):
    def __str__(self):
        raise RuntimeError("no str for you")
raise Weird()

# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_str_fails.py", line 4, in <module>
# expect stderr: raise Weird()
# expect runtime error: Weird: <exception str() failed>
