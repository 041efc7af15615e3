def a(n):
    return b(n) + 1
def b(n):
    return c(n) * 2
def c(n):
    return [1, 2, 3][n]
print(a(1))
print(a(5))

# expect: 5
# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_in_nested_calls.py", line 8, in <module>
# expect stderr: print(a(5))
# expect stderr: File "uncaught_in_nested_calls.py", line 2, in a
# expect stderr: return b(n) + 1
# expect stderr: File "uncaught_in_nested_calls.py", line 4, in b
# expect stderr: return c(n) * 2
# expect stderr: File "uncaught_in_nested_calls.py", line 6, in c
# expect stderr: return [1, 2, 3][n]
# expect runtime error: IndexError: list index out of range
