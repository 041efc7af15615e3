# Geometry with dataclasses and class patterns: areas, bounding boxes,
# collisions, and transformations.
from dataclasses import dataclass
import math

@dataclass(frozen=True)
class Point:
    x: float
    y: float

@dataclass(frozen=True)
class Circle:
    center: Point
    r: float

@dataclass(frozen=True)
class Rect:
    corner: Point
    w: float
    h: float

@dataclass(frozen=True)
class Polygon:
    points: tuple

def area(shape):
    match shape:
        case Circle(r=r):
            return math.pi * r * r
        case Rect(w=w, h=h):
            return w * h
        case Polygon(points=pts) if len(pts) >= 3:
            s = 0
            for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]):
                s += x1 * y2 - x2 * y1
            return abs(s) / 2
        case Polygon():
            return 0.0
        case _:
            raise TypeError(f"not a shape: {shape!r}")

def bbox(shape):
    match shape:
        case Circle(Point(x, y), r):
            return (x - r, y - r, x + r, y + r)
        case Rect(Point(x, y), w, h):
            return (x, y, x + w, y + h)
        case Polygon([*pts]) if pts:
            xs = [p[0] for p in pts]
            ys = [p[1] for p in pts]
            return (min(xs), min(ys), max(xs), max(ys))

def overlaps(a, b):
    match a, b:
        case Circle(Point(x1, y1), r1), Circle(Point(x2, y2), r2):
            return math.hypot(x1 - x2, y1 - y2) < r1 + r2
        case Rect() as r, Circle() as c:
            return overlaps(c, r)
        case Circle(Point(cx, cy), r), Rect(Point(x, y), w, h):
            nx = min(max(cx, x), x + w)
            ny = min(max(cy, y), y + h)
            return math.hypot(cx - nx, cy - ny) < r
        case _:
            ax1, ay1, ax2, ay2 = bbox(a)
            bx1, by1, bx2, by2 = bbox(b)
            return ax1 < bx2 and bx1 < ax2 and ay1 < by2 and by1 < ay2

def move(shape, dx, dy):
    match shape:
        case Circle(Point(x, y), r):
            return Circle(Point(x + dx, y + dy), r)
        case Rect(Point(x, y), w, h):
            return Rect(Point(x + dx, y + dy), w, h)
        case Polygon(pts):
            return Polygon(tuple((x + dx, y + dy) for x, y in pts))

shapes = [
    Circle(Point(0, 0), 1),
    Rect(Point(0.5, 0.5), 2, 1),
    Polygon(((0, 0), (4, 0), (4, 3))),
    Circle(Point(5, 5), 0.5),
    Polygon(((1, 1), (2, 2))),
]
for s in shapes:
    print(type(s).__name__, round(area(s), 3), bbox(s))
for i, a in enumerate(shapes):
    for b in shapes[i + 1:]:
        print(type(a).__name__, type(b).__name__, overlaps(a, b))
print(move(shapes[0], 2, 3))
print(move(shapes[2], -1, -1))
try:
    area("square")
except TypeError as e:
    print(e)

# expect: Circle 3.142 (-1, -1, 1, 1)
# expect: Rect 2 (0.5, 0.5, 2.5, 1.5)
# expect: Polygon 6.0 (0, 0, 4, 3)
# expect: Circle 0.785 (4.5, 4.5, 5.5, 5.5)
# expect: Polygon 0.0 (1, 1, 2, 2)
# expect: Circle Rect True
# expect: Circle Polygon True
# expect: Circle Circle False
# expect: Circle Polygon False
# expect: Rect Polygon True
# expect: Rect Circle False
# expect: Rect Polygon True
# expect: Polygon Circle False
# expect: Polygon Polygon True
# expect: Circle Polygon False
# expect: Circle(center=Point(x=2, y=3), r=1)
# expect: Polygon(points=((-1, -1), (3, -1), (3, 2)))
# expect: not a shape: 'square'
