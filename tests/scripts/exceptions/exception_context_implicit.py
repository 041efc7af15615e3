try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise KeyError("first")
    finally:
        print("cleanup")
except KeyError as e:
    print(repr(e), e.__context__)
def f():
    try:
        raise TypeError("t")
    except TypeError:
        return ValueError("created in handler")
print(f().__context__)

# expect: KeyError('first') None False
# expect: cleanup
# expect: KeyError('first') None
# expect: None
