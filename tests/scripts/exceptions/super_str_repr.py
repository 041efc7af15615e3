# BaseException's __str__ and __repr__ are methods a subclass reaches through
# super() or by name, giving the args' form (not object's repr).
class AppError(Exception):
    code = 1

    def __init__(self, message, *, detail=None):
        super().__init__(message)
        self.detail = detail

    def __str__(self):
        base = super().__str__()
        return f"[E{self.code}] {base}" + (f" ({self.detail})" if self.detail else "")


class ValidationError(AppError):
    code = 20

    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}", detail="validation")


class Loud(Exception):
    def __repr__(self):
        return "Loud!" + super().__repr__()


print(str(ValidationError("name", "empty")))      # expect: [E20] name: empty (validation)
print(str(AppError("plain")))                      # expect: [E1] plain
print(Exception.__str__(ValueError("a", 2)))       # expect: ('a', 2)
print(BaseException.__str__(KeyError()))           # expect:
print(Exception.__repr__(ValueError("v")))         # expect: ValueError('v')
print(repr(Loud(1, 2)), str(Loud(3)))              # expect: Loud!Loud(1, 2) 3
try:
    raise ValidationError("age", "negative")
except AppError as e:
    print(f"caught {e}")                           # expect: caught [E20] age: negative (validation)
print(BaseException.__str__ is Exception.__str__)  # expect: True
