def ratio(a, b):
    return a / b
ratio(1, 0)

# expect stderr: Traceback (most recent call last):
# expect stderr: File "binop_anchor.py", line 3, in <module>
# expect stderr: ratio(1, 0)
# expect stderr: File "binop_anchor.py", line 2, in ratio
# expect stderr: return a / b
# expect stderr: ~~^~~
# expect runtime error: ZeroDivisionError: division by zero
