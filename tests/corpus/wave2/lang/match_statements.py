# Structural pattern matching as tutorials show it: literals, captures,
# sequences with stars, mappings with **rest, class patterns, guards, or-patterns, as-patterns.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Circle:
    center: Point
    r: int


def describe(obj):
    match obj:
        case 0 | 0.0:
            return "zero"
        case True:
            return "true"
        case None:
            return "none"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float() as num:
            return f"number {num}"
        case str() as s if len(s) > 5:
            return f"long string {s[:5]}..."
        case str(s):
            return f"string {s!r}"
        case []:
            return "empty list"
        case [x]:
            return f"one item {x}"
        case [first, *rest] if isinstance(obj, list):
            return f"list starting {first} with {len(rest)} more"
        case (a, b):
            return f"pair {a},{b}"
        case {"type": "user", "name": str(name), **rest}:
            return f"user {name} extra={sorted(rest)}"
        case {"type": kind}:
            return f"mapping of type {kind}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x, y) if x == y:
            return f"diagonal point {x}"
        case Point(x=px):
            return f"point with x={px}"
        case Circle(Point(0, 0), r):
            return f"circle at origin r={r}"
        case Circle(center=Point(x=cx), r=1):
            return f"unit circle at x={cx}"
        case _:
            return f"something else: {type(obj).__name__}"


for obj in [0, 0.0, True, None, -3, 7, 2.5, "hello world", "hi", [], [9], [1, 2, 3], (1, 2), (1, 2, 3),
            {"type": "user", "name": "ann", "age": 3}, {"type": "admin"}, {"name": "x"}, Point(0, 0), Point(2, 2),
            Point(1, 5), Circle(Point(0, 0), 4), Circle(Point(3, 1), 1), Circle(Point(3, 1), 2), {1, 2}]:
    print(repr(obj), "->", describe(obj))


def command(line):
    match line.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb!r}"
        case []:
            return "empty"


for line in ["go north", "go up", "take lamp key", "take", "quit", "exit", "", "dance wildly"]:
    print(f"{line!r:<16} {command(line)}")
match {"a": 1, "b": 2}:
    case {"a": 1}:
        print("mapping patterns ignore extra keys")
match "abc":
    case ["a", "b", "c"]:
        print("strings are not sequences here")
    case _:
        print("str does not match a sequence pattern")
