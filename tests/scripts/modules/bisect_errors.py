# bisect's argument checks and messages are those of CPython's C module.
import bisect

calls = [
    lambda: bisect.bisect_right(None, 1),
    lambda: bisect.bisect_left([1, 2], 1, 1.5),
    lambda: bisect.bisect_left([1, 2], 1, 0, 1.5),
    lambda: bisect.bisect_left([1, 2], 1, -1),
    lambda: bisect.bisect([1, 2, 3], 2, 0, 10),
    lambda: bisect.insort((1, 2), 1),
    lambda: bisect.bisect([1, 'a'], 2),
    lambda: bisect.bisect(),
    lambda: bisect.bisect(x=1),
    lambda: bisect.bisect([1], 1, 0, None, None),
    lambda: bisect.bisect([1], 1, 0, 1, 2, foo=1),
    lambda: bisect.bisect([1], 1, 0, lo=1),
    lambda: bisect.bisect([1, 2], 1, foo=2),
    lambda: bisect.insort_left([1], 1, lo='x'),
    lambda: bisect.bisect([1], 1, key=5),
]
for call in calls:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

# expect: TypeError object of type 'NoneType' has no len()
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: TypeError argument should be integer or None, not 'float'
# expect: ValueError lo must be non-negative
# expect: IndexError list index out of range
# expect: AttributeError 'tuple' object has no attribute 'insert'
# expect: TypeError '<' not supported between instances of 'int' and 'str'
# expect: TypeError bisect_right() missing required argument 'a' (pos 1)
# expect: TypeError bisect_right() missing required argument 'a' (pos 1)
# expect: TypeError bisect_right() takes at most 4 positional arguments (5 given)
# expect: TypeError bisect_right() takes at most 5 arguments (6 given)
# expect: TypeError argument for bisect_right() given by name ('lo') and position (3)
# expect: TypeError 'foo' is an invalid keyword argument for bisect_right()
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError 'int' object is not callable
