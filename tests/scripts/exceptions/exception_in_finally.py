try:
    try:
        raise ValueError("in try")
    finally:
        raise KeyError("in finally")
except KeyError as e:
    print(repr(e), repr(e.__context__))
def f():
    try:
        return 1
    finally:
        raise RuntimeError("finally wins")
try:
    f()
except RuntimeError as e:
    print(e)

# expect: KeyError('in finally') ValueError('in try')
# expect: finally wins
