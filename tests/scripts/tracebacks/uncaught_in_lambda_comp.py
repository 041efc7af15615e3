f = lambda x: 1 / x
values = [f(v) for v in [1, 2, 0]]

# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_in_lambda_comp.py", line 2, in <module>
# expect stderr: values = [f(v) for v in [1, 2, 0]]
# expect stderr: File "uncaught_in_lambda_comp.py", line 2, in <listcomp>
# expect stderr: values = [f(v) for v in [1, 2, 0]]
# expect stderr: File "uncaught_in_lambda_comp.py", line 1, in <lambda>
# expect stderr: f = lambda x: 1 / x
# expect runtime error: ZeroDivisionError: division by zero
