"""Layered settings with UserDict subclasses: typed coercion, defaults via __missing__, change tracking."""
from collections import UserDict, UserList, ChainMap


class TypedSettings(UserDict):
    TYPES = {"port": int, "debug": lambda v: str(v).lower() in ("1", "true", "yes"), "ratio": float}

    def __setitem__(self, key, value):
        conv = self.TYPES.get(key, str)
        super().__setitem__(key, conv(value))

    def __missing__(self, key):
        raise KeyError(f"setting {key!r} is not defined")


class Tracked(TypedSettings):
    def __init__(self, *args, **kwargs):
        self.changes = []
        super().__init__(*args, **kwargs)

    def __setitem__(self, key, value):
        old = self.data.get(key, "<unset>")
        super().__setitem__(key, value)
        self.changes.append((key, old, self.data[key]))


s = Tracked({"port": "8080", "debug": "yes"}, ratio="0.5")
s["port"] = 9090
s.update(name=42)
print(s, s.changes)
try:
    s["missing"]
except KeyError as e:
    print("KeyError:", e)
print(s.get("missing", "default"), "port" in s, len(s), sorted(s.keys()))
env = TypedSettings(port="1")
merged = ChainMap(env, s)
print(merged["port"], merged["debug"], sorted(merged))


class Undo(UserList):
    def __init__(self):
        super().__init__()
        self.undone = []

    def undo(self):
        if self:
            self.undone.append(self.pop())

    def redo(self):
        if self.undone:
            self.append(self.undone.pop())


u = Undo()
for word in "the quick brown fox".split():
    u.append(word)
u.undo()
u.undo()
u.redo()
print(" ".join(u), u.undone, u[-1], len(u), u[:2], type(u[:2]).__name__)
