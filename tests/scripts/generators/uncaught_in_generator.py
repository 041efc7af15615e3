# An uncaught exception inside a generator shows the generator frame in the traceback.
def g():
    yield 1
    1 / 0
for x in g():
    print(x)
# expect stderr: Traceback (most recent call last):
# expect stderr: for x in g():
# expect stderr: 1 / 0

# expect: 1
# expect runtime error: ZeroDivisionError: division by zero
