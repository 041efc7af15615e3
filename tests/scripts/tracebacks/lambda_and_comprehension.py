values = [3, 0, 1]
scaled = [(lambda v: 6 // v)(v) for v in values]

# expect stderr: Traceback (most recent call last):
# expect stderr: File "lambda_and_comprehension.py", line 2, in <module>
# expect stderr: scaled = [(lambda v: 6 // v)(v) for v in values]
# expect stderr: ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
# expect stderr: File "lambda_and_comprehension.py", line 2, in <listcomp>
# expect stderr: scaled = [(lambda v: 6 // v)(v) for v in values]
# expect stderr: ^^^^^^^^^^^^^^^^^^^^^
# expect stderr: File "lambda_and_comprehension.py", line 2, in <lambda>
# expect stderr: scaled = [(lambda v: 6 // v)(v) for v in values]
# expect stderr: ~~^^~~
# expect runtime error: ZeroDivisionError: integer division or modulo by zero
