class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __neg__(self):
        return V(-self.x, -self.y)
    def __repr__(self):
        return f"V({self.x}, {self.y})"
a, b = V(1, 2), V(3, 4)
print(a + b, a * 3, 2 * b, -a)
print(a == V(1, 2), a != b, a < b, b > a)
print(sorted([b, a]))
c = a
c += b
print(c, a)

# expect: V(4, 6) V(3, 6) V(6, 8) V(-1, -2)
# expect: True True True True
# expect: [V(1, 2), V(3, 4)]
# expect: V(4, 6) V(1, 2)
