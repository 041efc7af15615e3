try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise ValueError("a", 2)
except ValueError as e:
    print(repr(e), str(e), e.args)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise int
except TypeError as e:
    print(e)
class MyError(Exception):
    pass
try:
    raise MyError("custom")
except Exception as e:
    print(type(e).__name__, e, isinstance(e, MyError))

# expect: ValueError() ()
# expect: ValueError('a', 2) ('a', 2) ('a', 2)
# expect: exceptions must derive from BaseException
# expect: exceptions must derive from BaseException
# expect: MyError custom True
