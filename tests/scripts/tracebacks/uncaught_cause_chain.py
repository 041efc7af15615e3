def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("parse failed") from e
parse("abc")

# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_cause_chain.py", line 3, in parse
# expect stderr: return int(s)
# expect stderr: ValueError: invalid literal for int() with base 10: 'abc'
# expect stderr: The above exception was the direct cause of the following exception:
# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_cause_chain.py", line 6, in <module>
# expect stderr: parse("abc")
# expect stderr: File "uncaught_cause_chain.py", line 5, in parse
# expect stderr: raise RuntimeError("parse failed") from e
# expect runtime error: RuntimeError: parse failed
