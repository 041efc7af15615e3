def divide(a, b):
    return a / b
def compute():
    x = 10
    return divide(x, 0)
print("before")
compute()

# expect: before
# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_simple.py", line 7, in <module>
# expect stderr: compute()
# expect stderr: File "uncaught_simple.py", line 5, in compute
# expect stderr: return divide(x, 0)
# expect stderr: File "uncaught_simple.py", line 2, in divide
# expect stderr: return a / b
# expect runtime error: ZeroDivisionError: division by zero
