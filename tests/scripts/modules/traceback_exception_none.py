# A TracebackException made from sys.exc_info() outside any handler formats
# as "None: None" and its str() is 'None' (the module-level
# format_exception_only(None) says "NoneType: None"); one whose str() fails
# keeps CPython's placeholder.
import sys
import traceback

te = traceback.TracebackException(*sys.exc_info())
print(repr(''.join(te.format())), repr(str(te)))
print(list(te.format_exception_only()))
print(traceback.format_exception_only(None))


class Odd(Exception):
    def __str__(self):
        raise RuntimeError('no')


try:
    raise Odd()
except Odd as e:
    te = traceback.TracebackException.from_exception(e)
print(str(te))

# expect: 'None: None\n' 'None'
# expect: ['None: None\n']
# expect: ['NoneType: None\n']
# expect: <exception str() failed>
