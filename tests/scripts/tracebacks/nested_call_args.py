def inner(x):
    return 10 / x
def outer(v):
    return max(1, inner(v), 3)
print(outer(5))
outer(0)

# expect: 3
# expect stderr: Traceback (most recent call last):
# expect stderr: File "nested_call_args.py", line 6, in <module>
# expect stderr: outer(0)
# expect stderr: File "nested_call_args.py", line 4, in outer
# expect stderr: return max(1, inner(v), 3)
# expect stderr: ^^^^^^^^
# expect stderr: File "nested_call_args.py", line 2, in inner
# expect stderr: return 10 / x
# expect stderr: ~~~^~~
# expect runtime error: ZeroDivisionError: division by zero
