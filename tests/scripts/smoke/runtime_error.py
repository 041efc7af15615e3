# An uncaught exception: output printed before it is kept, a traceback goes
# to stderr and the exit status is 1.
def divide(a, b):
    return a / b

print("before")  # expect: before
divide(1, 0)
print("never printed")
# expect stderr: Traceback (most recent call last):
# expect runtime error: ZeroDivisionError: division by zero
