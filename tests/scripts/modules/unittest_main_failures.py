# unittest.main(): the progress line, the ERROR/FAIL sections with their
# tracebacks (unittest's own frames left out), the summary and exit status 1.
import unittest


def add(a, b):
    return a + b


class ArithmeticTest(unittest.TestCase):
    def test_add(self):
        self.assertEqual(add(2, 3), 5)

    def test_add_wrong(self):
        self.assertEqual(add(1, 1), 3)

    def test_divide(self):
        return 1 / 0

    def test_membership(self):
        self.assertIn(4, [1, 2, 3], "four is missing")

    @unittest.skip("not ready")
    def test_later(self):
        pass

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertTrue(False)

    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertNotEqual(i, 1)


if __name__ == "__main__":
    unittest.main()

# expect stderr: .FExsFF
# expect stderr: ======================================================================
# expect stderr: ERROR: test_divide (__main__.ArithmeticTest.test_divide)
# expect stderr: ----------------------------------------------------------------------
# expect stderr: Traceback (most recent call last):
# expect stderr: File "unittest_main_failures.py", line 18, in test_divide
# expect stderr: return 1 / 0
# expect stderr: ~~^~~
# expect stderr: ZeroDivisionError: division by zero
# expect stderr: ======================================================================
# expect stderr: FAIL: test_add_wrong (__main__.ArithmeticTest.test_add_wrong)
# expect stderr: ----------------------------------------------------------------------
# expect stderr: Traceback (most recent call last):
# expect stderr: File "unittest_main_failures.py", line 15, in test_add_wrong
# expect stderr: self.assertEqual(add(1, 1), 3)
# expect stderr: AssertionError: 2 != 3
# expect stderr: ======================================================================
# expect stderr: FAIL: test_membership (__main__.ArithmeticTest.test_membership)
# expect stderr: ----------------------------------------------------------------------
# expect stderr: Traceback (most recent call last):
# expect stderr: File "unittest_main_failures.py", line 21, in test_membership
# expect stderr: self.assertIn(4, [1, 2, 3], "four is missing")
# expect stderr: AssertionError: 4 not found in [1, 2, 3] : four is missing
# expect stderr: ======================================================================
# expect stderr: FAIL: test_subtests (__main__.ArithmeticTest.test_subtests) (i=1)
# expect stderr: ----------------------------------------------------------------------
# expect stderr: Traceback (most recent call last):
# expect stderr: File "unittest_main_failures.py", line 34, in test_subtests
# expect stderr: self.assertNotEqual(i, 1)
# expect stderr: AssertionError: 1 == 1
# expect stderr: ----------------------------------------------------------------------
# expect stderr: FAILED (failures=3, errors=1, skipped=1, expected failures=1)
# expect exit: 1
