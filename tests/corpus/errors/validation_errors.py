"""Input validation in a form handler: collecting multiple errors, raising groups, assert, warnings."""
import warnings
import re


class FieldError(ValueError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


def check_email(value):
    if not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", value):
        raise FieldError("email", f"{value!r} is not an email address")


def check_age(value):
    try:
        age = int(value)
    except ValueError:
        raise FieldError("age", f"{value!r} is not a number") from None
    if age < 0:
        raise FieldError("age", "must not be negative")
    if age > 120:
        warnings.warn(f"suspicious age {age}", UserWarning)
    return age


def check_password(value):
    problems = []
    if len(value) < 8:
        problems.append("too short")
    if not re.search(r"\d", value):
        problems.append("needs a digit")
    if value.lower() == value:
        problems.append("needs an upper-case letter")
    if problems:
        raise FieldError("password", ", ".join(problems))


def validate(form):
    errors = []
    for field, check in (("email", check_email), ("age", check_age), ("password", check_password)):
        try:
            check(form.get(field, ""))
        except FieldError as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("invalid form", errors)
    return "ok"


forms = [
    {"email": "ann@example.com", "age": "33", "password": "Secret123"},
    {"email": "not-an-email", "age": "-1", "password": "short"},
    {"email": "x@y.org", "age": "abc", "password": "NoDigitsHere"},
    {"email": "old@timer.net", "age": "130", "password": "Passw0rdX"},
]
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for form in forms:
        try:
            print(validate(form))
        except ExceptionGroup as eg:
            print(eg.message, len(eg.exceptions))
            for e in eg.exceptions:
                print("  -", e)
    print([str(w.message) for w in caught], [w.category.__name__ for w in caught])


def scale(values, factor):
    assert factor != 0, "factor must be non-zero"
    return [v / factor for v in values]


print(scale([1, 2], 2))
try:
    scale([1], 0)
except AssertionError as e:
    print("AssertionError:", e)
eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(eg.subgroup(lambda e: isinstance(e, TypeError)))
