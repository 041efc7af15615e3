# JSONEncoder/JSONDecoder subclasses and streaming: default() on a subclass,
# iterencode chunks, raw_decode for concatenated documents, and dump/load through StringIO.
import io
import json
from dataclasses import dataclass, asdict
from datetime import date
from enum import Enum


class Color(Enum):
    RED = "red"
    BLUE = "blue"


@dataclass
class Event:
    name: str
    day: date
    color: Color
    tags: frozenset


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, date):
            return {"$date": o.isoformat()}
        if isinstance(o, Enum):
            return o.value
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


events = [Event("launch", date(2024, 5, 1), Color.RED, frozenset({"b", "a"})),
          Event("review", date(2024, 6, 30), Color.BLUE, frozenset())]
text = json.dumps([asdict(e) for e in events], cls=Encoder, indent=2)
print(text)
print(list(Encoder(separators=(",", ":")).iterencode({"k": [1, 2]})))


def hook(d):
    if "$date" in d:
        return date.fromisoformat(d["$date"])
    return d


back = json.loads(text, object_hook=hook)
print(back[0]["day"], type(back[1]["day"]).__name__, back[0]["tags"])
dec = json.JSONDecoder()
stream = '{"a": 1} [2, 3] "four" 5.0'
pos = 0
while pos < len(stream):
    obj, end = dec.raw_decode(stream, pos)
    print(repr(obj), end)
    pos = end
    while pos < len(stream) and stream[pos] == " ":
        pos += 1
buf = io.StringIO()
json.dump({"z": [True, None], "a": "é"}, buf, sort_keys=True, ensure_ascii=False)
buf.seek(0)
print(buf.getvalue(), json.load(buf))
try:
    json.dumps({"when": date(2024, 1, 1)})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps([1], cls=Encoder, default=str, indent=-1)
    print("negative indent ok")
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({(1, 2): "tuple key"}, skipkeys=True), json.dumps([float("nan")]), json.dumps({"a": {"b": {}}}, indent=1))
