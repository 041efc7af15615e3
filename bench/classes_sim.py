# A class-heavy simulation: particles in a box with an inheritance hierarchy,
# dunder arithmetic on a small vector class, and per-step bookkeeping.
class Vec:
    __hash__ = None

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __eq__(self, o):
        return self.x == o.x and self.y == o.y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


class Body:
    kind = "body"

    def __init__(self, ident, pos, vel):
        self.ident = ident
        self.pos = pos
        self.vel = vel
        self.bounces = 0

    def step(self, size):
        self.pos = self.pos + self.vel
        if not 0 <= self.pos.x < size:
            self.vel = Vec(-self.vel.x, self.vel.y)
            self.bounces += 1
        if not 0 <= self.pos.y < size:
            self.vel = Vec(self.vel.x, -self.vel.y)
            self.bounces += 1

    def energy(self):
        return self.vel.x * self.vel.x + self.vel.y * self.vel.y


class Heavy(Body):
    kind = "heavy"

    def energy(self):
        return 4 * super().energy()


class World:
    def __init__(self, n, size):
        self.size = size
        self.bodies = []
        for i in range(n):
            cls = Heavy if i % 3 == 0 else Body
            self.bodies.append(cls(i, Vec(i % size, (i * 7) % size), Vec(1 + i % 3, 2 - i % 5)))

    def tick(self):
        for b in self.bodies:
            b.step(self.size)

    def stats(self):
        kinds = {}
        for b in self.bodies:
            kinds[b.kind] = kinds.get(b.kind, 0) + 1
        energy = sum(b.energy() for b in self.bodies)
        bounces = sum(b.bounces for b in self.bodies)
        return kinds, energy, bounces


w = World(200, 50)
for _ in range(1500):
    w.tick()
print(w.stats(), w.bodies[7].pos)
