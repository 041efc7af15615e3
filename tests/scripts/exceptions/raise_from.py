try:
    try:
        {}['x']
    except KeyError as e:
        raise ValueError("bad config") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
    print(repr(e.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("hidden") from None
except RuntimeError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
try:
    raise ValueError from TypeError
except ValueError as e:
    print(repr(e.__cause__))
try:
    raise ValueError from 5
except TypeError as e:
    print(e)

# expect: ValueError('bad config') KeyError('x') True
# expect: KeyError('x')
# expect: None True ZeroDivisionError('division by zero')
# expect: TypeError()
# expect: exception causes must derive from BaseException
