"""A custom exception hierarchy for an application, with context, chaining and error codes."""


class AppError(Exception):
    code = 1

    def __init__(self, message, *, detail=None):
        super().__init__(message)
        self.detail = detail

    def __str__(self):
        base = super().__str__()
        return f"[E{self.code}] {base}" + (f" ({self.detail})" if self.detail else "")


class ConfigError(AppError):
    code = 10


class ValidationError(AppError):
    code = 20

    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}", detail="validation")
        self.field = field


class NotFound(AppError, LookupError):
    code = 44


def load(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise ConfigError(f"missing setting {key!r}") from e


def validate(user):
    if not user.get("name"):
        raise ValidationError("name", "must not be empty")
    if not 0 < user.get("age", 0) < 150:
        raise ValidationError("age", f"out of range: {user.get('age')}")
    return True


def find(users, name):
    for u in users:
        if u["name"] == name:
            return u
    raise NotFound(f"no user {name!r}")


users = [{"name": "ann", "age": 30}, {"name": "", "age": 3}, {"name": "bob", "age": 200}]
for u in users:
    try:
        print(validate(u))
    except ValidationError as e:
        print(type(e).__name__, e, e.field, e.code, e.args)
try:
    load({"a": 1}, "b")
except AppError as e:
    print(e, "| cause:", repr(e.__cause__), "| context is cause:", e.__context__ is e.__cause__)
for exc_type in (LookupError, AppError, NotFound):
    try:
        find(users, "zed")
    except exc_type as e:
        print(f"caught as {exc_type.__name__}: {e}")
print([c.__name__ for c in NotFound.__mro__])
print(issubclass(NotFound, LookupError), isinstance(ConfigError("x"), Exception))
errors = [ConfigError("a"), ValidationError("f", "p"), NotFound("n"), AppError("plain", detail="d")]
print(sorted(e.code for e in errors), [str(e) for e in errors])
print(repr(ValidationError("x", "y")))
