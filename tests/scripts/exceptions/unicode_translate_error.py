# UnicodeTranslateError: CPython's four arguments, its attributes (encoding None) and message.
e = UnicodeTranslateError("abc\u20ac", 3, 4, "bad")
print(str(e), repr(e), e.encoding, e.object, e.start, e.end, e.reason, e.args)
print(str(UnicodeTranslateError("ab", 0, 2, "r")), str(UnicodeTranslateError("x", 0, 1, "r")), str(UnicodeTranslateError("\U0001F600", 0, 1, "r")))
print(issubclass(UnicodeTranslateError, UnicodeError), UnicodeTranslateError.__mro__[1].__name__, UnicodeTranslateError.__name__)
try:
    raise UnicodeTranslateError("x", 0, 1, "nope")
except UnicodeError as ex:
    print(type(ex).__name__, ex)
import codecs
print(codecs.lookup_error("strict") is not None, "UnicodeTranslateError" in dir(__builtins__))
# expect: can't translate character '\u20ac' in position 3: bad UnicodeTranslateError('abc€', 3, 4, 'bad') None abc€ 3 4 bad ('abc€', 3, 4, 'bad')
# expect: can't translate characters in position 0-1: r can't translate character '\x78' in position 0: r can't translate character '\U0001f600' in position 0: r
# expect: True UnicodeError UnicodeTranslateError
# expect: UnicodeTranslateError can't translate character '\x78' in position 0: nope
# expect: True True
