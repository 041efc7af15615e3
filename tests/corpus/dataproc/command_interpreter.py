"""A command interpreter using structural pattern matching (match/case) over parsed commands."""
import shlex
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


def run(command, state):
    match shlex.split(command):
        case []:
            return "empty"
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            dx, dy = {"north": (0, 1), "south": (0, -1), "east": (1, 0), "west": (-1, 0)}[direction]
            state["pos"] = Point(state["pos"].x + dx, state["pos"].y + dy)
            return f"you go {direction}"
        case ["go", other]:
            return f"cannot go {other!r}"
        case ["take", *items] if items:
            state["bag"].extend(items)
            return f"took {', '.join(items)}"
        case ["drop", item] if item in state["bag"]:
            state["bag"].remove(item)
            return f"dropped {item}"
        case ["drop", item]:
            return f"no {item} to drop"
        case ["set", key, value] if value.isdigit():
            state[key] = int(value)
            return f"{key} = {int(value)}"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb!r}"


def describe(obj):
    match obj:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x=x, y=y) if x == y:
            return f"on the diagonal at {x}"
        case Point():
            return f"somewhere ({obj.x}, {obj.y})"
        case {"type": "circle", "r": r}:
            return f"circle of radius {r}"
        case [int(a), int(b)]:
            return f"pair of ints {a}, {b}"
        case (str() as s, *rest):
            return f"starts with string {s!r} then {len(rest)} more"
        case int() | float() as n if n < 0:
            return "negative number"
        case None:
            return "nothing"
        case _:
            return f"unrecognised {type(obj).__name__}"


state = {"pos": Point(0, 0), "bag": []}
for cmd in ["go north", "go east", "go up", "take lamp 'old key'", "drop lamp", "drop sword",
            "set score 10", "set score ten", "", "dance now", "quit"]:
    print(f"{cmd!r:<22} -> {run(cmd, state)}")
print(state)
for obj in [Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), {"type": "circle", "r": 2},
            [1, 2], ("a", 1, 2), -4.5, None, {1, 2}, "text"]:
    print(describe(obj))
