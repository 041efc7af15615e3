"""HTTP-like status codes as an IntEnum with extra attributes and a lookup helper."""
from enum import IntEnum, Enum, unique


@unique
class Status(IntEnum):
    OK = 200, "OK"
    CREATED = 201, "Created"
    MOVED = 301, "Moved Permanently"
    NOT_FOUND = 404, "Not Found"
    TEAPOT = 418, "I'm a teapot"
    ERROR = 500, "Internal Server Error"

    def __new__(cls, value, phrase):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.phrase = phrase
        return obj

    @property
    def is_error(self):
        return self >= 400

    @classmethod
    def family(cls, code):
        return {2: "success", 3: "redirect", 4: "client error", 5: "server error"}[code // 100]


for code in (200, 404, 500, 301):
    s = Status(code)
    print(f"{s.value} {s.phrase:<22} {Status.family(s):<13} error={s.is_error} {s!r}")
print(Status.TEAPOT == 418, Status.OK < Status.CREATED, sorted([Status.ERROR, Status.OK])[0].name)
print(f"{Status.NOT_FOUND}", str(Status.MOVED), f"{Status.OK:>6}", Status["CREATED"].phrase)
try:
    Status(999)
except ValueError as e:
    print("ValueError:", e)
errors = [s.name for s in Status if s.is_error]
print(errors, len(Status), Status.OK in Status)


class Method(str, Enum):
    GET = "GET"
    POST = "POST"
    DELETE = "DELETE"


route = {(Method.GET, "/"): Status.OK, (Method.POST, "/items"): Status.CREATED}
for m, path in ((Method.GET, "/"), (Method.POST, "/items"), (Method.DELETE, "/x")):
    print(m.value, path, route.get((m, path), Status.NOT_FOUND).phrase)
print(Method("POST") is Method.POST, Method.GET == "GET", repr(Method.DELETE))
