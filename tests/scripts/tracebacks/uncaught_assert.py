def check(v):
    assert v > 0, "value must be positive"
check(1)
check(-1)

# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_assert.py", line 4, in <module>
# expect stderr: check(-1)
# expect stderr: File "uncaught_assert.py", line 2, in check
# expect stderr: assert v > 0, "value must be positive"
# expect runtime error: AssertionError: value must be positive
