# fnmatch's type errors are CPython's.
import fnmatch

calls = [
    lambda: fnmatch.fnmatch(1, 'x'),
    lambda: fnmatch.fnmatchcase(1, 'x'),
    lambda: fnmatch.fnmatchcase('x', 1),
    lambda: fnmatch.fnmatch(b'x', 'x'),
    lambda: fnmatch.fnmatch('x', b'x'),
    lambda: fnmatch.filter(['a', 1], '*'),
    lambda: fnmatch.filter(['a'], None),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)

# expect: expected str, bytes or os.PathLike object, not int
# expect: expected string or bytes-like object, got 'int'
# expect: object of type 'int' has no len()
# expect: cannot use a string pattern on a bytes-like object
# expect: cannot use a bytes pattern on a string-like object
# expect: expected string or bytes-like object, got 'int'
# expect: expected str, bytes or os.PathLike object, not NoneType
