"""A unittest test case with setUp, assertions of many kinds, subTest, skip and expected failure,
run with unittest.main(exit=False) and its result inspected."""
import unittest


class Calculator:
    def divide(self, a, b):
        if b == 0:
            raise ZeroDivisionError("cannot divide by zero")
        return a / b

    def parse(self, text):
        return [int(x) for x in text.split(",")]


class CalculatorTest(unittest.TestCase):
    def setUp(self):
        self.calc = Calculator()

    def test_divide(self):
        self.assertEqual(self.calc.divide(10, 4), 2.5)
        self.assertAlmostEqual(self.calc.divide(1, 3), 0.3333, places=4)

    def test_divide_by_zero(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            self.calc.divide(1, 0)
        self.assertIn("zero", str(cm.exception))

    def test_parse(self):
        for text, expected in [("1,2", [1, 2]), ("5", [5]), ("-1,0,1", [-1, 0, 1])]:
            with self.subTest(text=text):
                self.assertListEqual(self.calc.parse(text), expected)

    def test_parse_error(self):
        self.assertRaisesRegex(ValueError, "invalid literal", self.calc.parse, "1,x")

    def test_misc_assertions(self):
        self.assertTrue(isinstance(self.calc, Calculator))
        self.assertIsNone(None)
        self.assertIsInstance(3, int)
        self.assertNotEqual(1, 2)
        self.assertGreater(3, 2)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertDictEqual({"a": 1}, {"a": 1})

    @unittest.skip("demonstrating skip")
    def test_skipped(self):
        self.fail("should not run")

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(self.calc.divide(1, 10), 0.2)


if __name__ == "__main__":
    program = unittest.main(exit=False, verbosity=0)
    r = program.result
    print("ran", r.testsRun, "failures", len(r.failures), "errors", len(r.errors),
          "skipped", len(r.skipped), "expected failures", len(r.expectedFailures))
    print("successful:", r.wasSuccessful())
