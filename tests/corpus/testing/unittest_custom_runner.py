"""Building a suite by hand (TestLoader, TestSuite, FunctionTestCase) and
running it with a TextTestRunner whose stream is the program's own object;
the report is printed without its timing line."""
import unittest


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def __mul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols]
                       for row in self.rows])

    def transpose(self):
        return Matrix(zip(*self.rows))

    def __eq__(self, other):
        return self.rows == other.rows

    def __repr__(self):
        return f"Matrix({self.rows})"


class MatrixTest(unittest.TestCase):
    def test_identity(self):
        m = Matrix([[1, 2], [3, 4]])
        self.assertEqual(m * Matrix([[1, 0], [0, 1]]), m)

    def test_transpose(self):
        self.assertEqual(Matrix([[1, 2, 3]]).transpose(), Matrix([[1], [2], [3]]))

    def test_product(self):
        self.assertEqual(Matrix([[1, 2]]) * Matrix([[3], [4]]), Matrix([[12]]))

    def test_shape_error(self):
        self.assertEqual(Matrix([[1, 2]]) * Matrix([[1, 2]]), Matrix([[5]]))


class Collect:
    def __init__(self):
        self.chunks = []

    def write(self, text):
        self.chunks.append(text)

    def flush(self):
        pass


def check_repr():
    assert repr(Matrix([[1]])) == "Matrix([[1]])"


loader = unittest.TestLoader()
loader.sortTestMethodsUsing = lambda a, b: (a > b) - (a < b)
suite = unittest.TestSuite()
suite.addTests(loader.loadTestsFromTestCase(MatrixTest))
suite.addTest(unittest.FunctionTestCase(check_repr))
print("tests:", suite.countTestCases())
out = Collect()
result = unittest.TextTestRunner(stream=out, verbosity=1).run(suite)
for line in "".join(out.chunks).splitlines():
    if not line.startswith("Ran "):
        print(line.replace(__file__, "matrix.py"))
print(result)
print([test.id() for test, _ in result.failures])
