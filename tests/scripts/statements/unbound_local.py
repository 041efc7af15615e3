x = 10
def f():
    print(x)
    x = 5
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def g():
    if False:
        y = 1
    return y
g()

# expect: UnboundLocalError cannot access local variable 'x' where it is not associated with a value
# expect runtime error: UnboundLocalError: cannot access local variable 'y' where it is not associated with a value
