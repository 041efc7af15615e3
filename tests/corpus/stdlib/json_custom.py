"""json with custom types: a JSONEncoder subclass, default=, object_hook, parse_float, sort and indent."""
import json
from dataclasses import dataclass, asdict
from datetime import date
from decimal import Decimal
from enum import Enum


class Status(Enum):
    ACTIVE = "active"
    BANNED = "banned"


@dataclass
class User:
    name: str
    joined: date
    status: Status
    balance: Decimal


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, date):
            return {"__date__": o.isoformat()}
        if isinstance(o, Decimal):
            return {"__decimal__": str(o)}
        if isinstance(o, Enum):
            return o.value
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


def hook(d):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    if "__decimal__" in d:
        return Decimal(d["__decimal__"])
    return d


users = [User("ann", date(2020, 1, 5), Status.ACTIVE, Decimal("10.50")),
         User("bob", date(2021, 6, 30), Status.BANNED, Decimal("-3"))]
text = json.dumps([asdict(u) for u in users], cls=Encoder, indent=2, sort_keys=True)
print(text)
back = json.loads(text, object_hook=hook)
print(back[0]["joined"], type(back[0]["joined"]).__name__, back[1]["balance"] + 1)
print(json.dumps({"tags": {"b", "a"}}, default=sorted))
try:
    json.dumps({"when": object()})
except TypeError as e:
    print("TypeError:", str(e)[:40])
print(json.loads("[1.1, 2.25]", parse_float=Decimal), json.loads('{"a": 1, "a": 2}'))
print(json.dumps([float("inf"), float("nan")]), json.dumps({1: "int key", True: "bool", None: 0}))
print(json.loads('"\\u00e9\\n"'), json.dumps("é\n"), json.dumps("é", ensure_ascii=False))
print(json.dumps({"b": 1, "a": [1, {"c": None}]}, sort_keys=True, separators=(",", ":")))
print(json.dumps([], indent=4), json.dumps({}, indent=4), json.dumps([[]], indent=1))
