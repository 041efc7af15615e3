def check(n):
    assert n % 2 == 0, f"{n} is odd"
check(4)
check(7)

# expect stderr: Traceback (most recent call last):
# expect stderr: File "assert_compare.py", line 4, in <module>
# expect stderr: check(7)
# expect stderr: File "assert_compare.py", line 2, in check
# expect stderr: assert n % 2 == 0, f"{n} is odd"
# expect stderr: ^^^^^^^^^^
# expect runtime error: AssertionError: 7 is odd
