def gen():
    yield 1
    yield 1 / 0
for v in gen():
    print(v)

# expect: 1
# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_generator_frame.py", line 4, in <module>
# expect stderr: for v in gen():
# expect stderr: File "uncaught_generator_frame.py", line 3, in gen
# expect stderr: yield 1 / 0
# expect runtime error: ZeroDivisionError: division by zero
