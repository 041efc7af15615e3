class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class NotFound(AppError):
    pass
try:
    raise NotFound(404, "missing page")
except AppError as e:
    print(type(e).__name__, e.code, e, e.args)
print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__)
try:
    raise NotFound(1, "x")
except NotFound:
    print("subclass handler")
class Plain(Exception):
    pass
print(repr(Plain()), repr(Plain(1, 2)), str(Plain("only")))

# expect: NotFound 404 missing page ('missing page',)
# expect: True AppError
# expect: subclass handler
# expect: Plain() Plain(1, 2) only
