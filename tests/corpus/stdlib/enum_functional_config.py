"""Enums built at run time with the functional API from configuration data, plus unique() checks."""
from enum import Enum, IntEnum, unique, auto
import json

CONFIG = json.loads('{"levels": ["DEBUG", "INFO", "WARN", "ERROR"], "colors": {"red": "#f00", "green": "#0f0", "lime": "#0f0"}}')

Level = IntEnum("Level", CONFIG["levels"], start=10)
Color = Enum("Color", CONFIG["colors"])
print(list(Level), Level.WARN > Level.INFO, Level(12).name, Level["ERROR"] + 0)
print(list(Color), Color.lime is Color.green, Color("#f00"), Color.__members__["lime"])
try:
    unique(Color)
except ValueError as e:
    print("ValueError:", e)


def log(level, msg, threshold=Level.INFO):
    if level >= threshold:
        print(f"[{level.name:<5}] {msg}")


for lvl, text in ((Level.DEBUG, "noise"), (Level.INFO, "started"), (Level.ERROR, "failed")):
    log(lvl, text)

Direction = Enum("Direction", "NORTH EAST SOUTH WEST")
turn_right = {d: Direction((d.value % 4) + 1) for d in Direction}
pos, heading = [0, 0], Direction.NORTH
moves = {Direction.NORTH: (0, 1), Direction.EAST: (1, 0), Direction.SOUTH: (0, -1), Direction.WEST: (-1, 0)}
for cmd in "FFRFFRFLF":
    if cmd == "R":
        heading = turn_right[heading]
    elif cmd == "L":
        heading = Direction(((heading.value - 2) % 4) + 1)
    else:
        dx, dy = moves[heading]
        pos = [pos[0] + dx, pos[1] + dy]
print(pos, heading, repr(heading), Direction.__name__, len(Direction))


class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()

    def __init__(self, _value):
        self.corners = 0 if self.name == "CIRCLE" else 4


print([(s.name, s.value, s.corners) for s in Shape])
