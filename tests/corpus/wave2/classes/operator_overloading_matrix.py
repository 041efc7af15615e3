# A small Matrix class with @ (matmul), in-place @=, comparison chaining, __pow__
# with modulus, __getitem__ with tuples, __setitem__, __contains__, and __iter__ over rows.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"

    def __str__(self):
        w = max(len(str(v)) for r in self.rows for v in r)
        return "\n".join(" ".join(str(v).rjust(w) for v in r) for r in self.rows)

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self

    def __pow__(self, n, mod=None):
        result = Matrix.identity(len(self.rows))
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        if mod is not None:
            result = Matrix([[v % mod for v in r] for r in result.rows])
        return result

    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]

    def __setitem__(self, idx, value):
        r, c = idx
        self.rows[r][c] = value

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __iter__(self):
        return iter(self.rows)

    def __contains__(self, v):
        return any(v in r for r in self.rows)

    def __rmatmul__(self, vec):
        return [sum(a * b for a, b in zip(vec, col)) for col in zip(*self.rows)]


fib = Matrix([[1, 1], [1, 0]])
print(fib ** 10, repr(fib ** 90), pow(fib, 100, 1000), sep="\n")
m = Matrix([[1, 2], [3, 4]])
m @= Matrix.identity(2)
m[0, 1] = 7
print(m[0, 1], 7 in m, 9 in m, [sum(r) for r in m], m == Matrix([[1, 7], [3, 4]]), m != m)
print([1, 1] @ m)
try:
    m @ 3
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
a, b, c = 1, 2, 3
print(a < b < c, a < b > c, 1 < 2 == 2, (1 < 2) < 3, "a" < "b" < "c", [1] < [1, 0] < [2])
