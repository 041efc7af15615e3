# Custom exception classes as libraries define them: extra attributes, __str__
# and __repr__, args handling, pickle-free reduce, hierarchies caught by base, and warnings.
import warnings


class AppError(Exception):
    """Base class for this application's errors."""


class HTTPError(AppError):
    def __init__(self, status, reason=""):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason

    def __str__(self):
        return f"{self.status} {self.reason}".strip()


class NotFound(HTTPError):
    def __init__(self, path):
        super().__init__(404, "Not Found")
        self.path = path


class Quiet(AppError):
    def __repr__(self):
        return "Quiet()"


for exc in [AppError(), AppError("one"), AppError("a", 2), HTTPError(500), HTTPError(503, "Unavailable"), NotFound("/x"),
            Quiet("shh"), KeyError("k"), KeyError(), OSError(2, "No such file"), OSError("plain"), UnicodeError("u")]:
    print(f"{type(exc).__name__:<12} str={str(exc)!r:<24} repr={exc!r:<36} args={exc.args}")
try:
    raise NotFound("/missing")
except AppError as e:
    print("caught as AppError:", e, e.status, e.path, isinstance(e, HTTPError), NotFound.__mro__[1].__name__)
e = NotFound("/p")
print(e.__reduce__()[0].__name__, e.__reduce__()[1], AppError.__doc__)
o = OSError(13, "Permission denied", "/etc/x")
print(o.errno, o.strerror, o.filename, str(o), type(o).__name__, isinstance(OSError(2, "x"), FileNotFoundError))
print(type(OSError(17, "exists")).__name__, type(OSError(1, "x")).__name__, IOError is OSError, EnvironmentError is OSError)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("old api", DeprecationWarning)
    warnings.warn("plain")
print([(type(w.message).__name__ if False else w.category.__name__, str(w.message)) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", UserWarning)
    except UserWarning as w:
        print("UserWarning raised:", w)
e2 = ValueError("x")
e2.extra = 1
print(e2.extra, vars(e2), BaseException.__subclasses__()[:1] != [], issubclass(KeyboardInterrupt, Exception))
print(StopIteration(5).value, StopIteration().value, SystemExit(2).code, KeyError("a") == KeyError("a"))
