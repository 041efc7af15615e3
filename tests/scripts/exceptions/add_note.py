# BaseException.add_note: __notes__ is created on first use, the notes print after the
# exception's line (str notes verbatim, others by str()), argument and __notes__ checks.
import traceback

try:
    raise KeyError("k")
except KeyError as e:
    e.add_note("first note")
    e.add_note("second\nmultiline")
    print(e.__notes__)  # expect: ['first note', 'second\nmultiline']
    print(traceback.format_exception_only(type(e), e))  # expect: ["KeyError: 'k'\n", 'first note\n', 'second\n', 'multiline\n']

e = ValueError(1)
print(hasattr(e, "__notes__"))  # expect: False
try:
    e.add_note(5)
except TypeError as t:
    print(t)  # expect: note must be a str, not 'int'
e.__notes__ = "x"
try:
    e.add_note("y")
except TypeError as t:
    print(t)  # expect: Cannot add note: __notes__ is not a list
e.__notes__ = [1, "two"]
print(traceback.format_exception_only(type(e), e))  # expect: ['ValueError: 1\n', '1\n', 'two\n']
e.__notes__ = (1, 2)
print(traceback.format_exception_only(type(e), e))  # expect: ['ValueError: 1\n', '1\n', '2\n']


class Custom(Exception):
    pass


def check(x):
    try:
        raise Custom(f"bad {x}")
    except Custom as exc:
        exc.add_note(f"while checking {x!r}")
        raise


check(3)
# expect runtime error: while checking 3
# expect stderr: Custom: bad 3
# expect stderr: while checking 3
