# Exception classes written in coil: args, str/repr, extra attributes,
# custom __init__ with and without super().__init__, __str__ overrides,
# catching through the hierarchy.
class AppError(Exception):
    pass


class NotFound(AppError, LookupError):
    def __init__(self, key):
        super().__init__(f"missing {key!r}")
        self.key = key


class Coded(ValueError):
    def __init__(self, code):
        self.code = code


class Pretty(Exception):
    def __str__(self):
        return "pretty message"


try:
    raise NotFound("k")
except LookupError as e:
    print(type(e).__name__, e, repr(e), e.args, e.key, isinstance(e, AppError))
try:
    raise Coded(404)
except ValueError as e:
    print(e.code, e.args, str(e), repr(e))
try:
    raise Pretty(1, 2)
except Exception as e:
    print(e, repr(e), e.args)
try:
    raise AppError
except AppError as e:
    print(repr(e), e.args, str(e) == "")
print(NotFound.__mro__[1:4])
try:
    Coded()
except TypeError as e:
    print(e)
try:
    try:
        raise NotFound("a")
    except NotFound as e:
        raise AppError("wrapped") from e
except AppError as e:
    print(e, "<-", repr(e.__cause__))

# expect: NotFound missing 'k' NotFound("missing 'k'") ("missing 'k'",) k True
# expect: 404 (404,) 404 Coded(404)
# expect: pretty message Pretty(1, 2) (1, 2)
# expect: AppError() () True
# expect: (<class '__main__.AppError'>, <class 'LookupError'>, <class 'Exception'>)
# expect: Coded.__init__() missing 1 required positional argument: 'code'
# expect: wrapped <- NotFound("missing 'a'")
