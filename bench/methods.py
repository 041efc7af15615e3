# Method calls and attribute access on instances: obj.method(...), self.x
# reads and writes, property access, a call through a base-class method.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scale(self, k):
        self.x *= k
        self.y *= k

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


class Counter:
    def __init__(self):
        self.count = 0

    def bump(self, n):
        self.count += n
        return self.count


class Labelled(Counter):
    def bump(self, n):
        return super().bump(n) + 1


def run(n):
    p = Point(1, 2)
    q = Point(3, -1)
    c = Counter()
    lab = Labelled()
    total = 0
    for i in range(n):
        total += p.dot(q)
        r = p.add(q)
        total += r.norm1
        c.bump(i & 7)
        if i % 16 == 0:
            lab.bump(1)
            r.scale(2)
            total += r.x
    return total, c.count, lab.count


print(run(600000))
