# Float arithmetic on object attributes, n-body style: bodies with position,
# velocity and mass attributes, pairwise gravity, energy.
class Body:
    def __init__(self, x, y, z, vx, vy, vz, mass):
        self.x = x
        self.y = y
        self.z = z
        self.vx = vx
        self.vy = vy
        self.vz = vz
        self.mass = mass

    def move(self, dt):
        self.x += dt * self.vx
        self.y += dt * self.vy
        self.z += dt * self.vz


def make_system(n):
    bodies = []
    for i in range(n):
        k = i + 1.0
        bodies.append(Body(k * 1.5, -k * 0.75, k * 0.1, 0.01 * k, 0.02 / k, -0.005 * k,
                           1.0 / (k * k)))
    return bodies


def pairs(bodies):
    out = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            out.append((bodies[i], bodies[j]))
    return out


def advance(bodies, body_pairs, dt, steps):
    for _ in range(steps):
        for a, b in body_pairs:
            dx = a.x - b.x
            dy = a.y - b.y
            dz = a.z - b.z
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2 ** 0.5)
            bm = b.mass * mag
            am = a.mass * mag
            a.vx -= dx * bm
            a.vy -= dy * bm
            a.vz -= dz * bm
            b.vx += dx * am
            b.vy += dy * am
            b.vz += dz * am
        for body in bodies:
            body.move(dt)


def energy(bodies):
    e = 0.0
    for i, a in enumerate(bodies):
        e += 0.5 * a.mass * (a.vx * a.vx + a.vy * a.vy + a.vz * a.vz)
        for b in bodies[i + 1:]:
            dx = a.x - b.x
            dy = a.y - b.y
            dz = a.z - b.z
            e -= a.mass * b.mass / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


bodies = make_system(6)
body_pairs = pairs(bodies)
print(f"{energy(bodies):.9f}")
advance(bodies, body_pairs, 0.01, 60000)
print(f"{energy(bodies):.9f}")
