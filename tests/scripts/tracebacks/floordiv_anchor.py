items = 10
groups = 0
per_group = items // groups

# expect stderr: Traceback (most recent call last):
# expect stderr: File "floordiv_anchor.py", line 3, in <module>
# expect stderr: per_group = items // groups
# expect stderr: ~~~~~~^^~~~~~~~
# expect runtime error: ZeroDivisionError: integer division or modulo by zero
