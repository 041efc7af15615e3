low, high = 1, 10
value = "5"
ok = low <= value <= high

# expect stderr: Traceback (most recent call last):
# expect stderr: File "chained_comparison.py", line 3, in <module>
# expect stderr: ok = low <= value <= high
# expect stderr: ^^^^^^^^^^^^^^^^^^^^
# expect runtime error: TypeError: '<=' not supported between instances of 'int' and 'str'
