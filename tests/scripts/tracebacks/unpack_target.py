point = (1, 2, 3)
x, y = point

# expect stderr: Traceback (most recent call last):
# expect stderr: File "unpack_target.py", line 2, in <module>
# expect stderr: x, y = point
# expect stderr: ^^^^
# expect runtime error: ValueError: too many values to unpack (expected 2)
