# traceback helpers and a unittest suite run programmatically into a buffer,
# printing only the summary lines that do not depend on timing.
import io
import traceback
import unittest


def level3():
    return {}["missing"]


def level2():
    return level3()


try:
    level2()
except KeyError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.line) for f in tb])
    print(traceback.format_exception_only(type(e), e))
    s = traceback.format_exc()
    print(s.splitlines()[0], s.splitlines()[-1])
stack = traceback.extract_stack()
print(stack[-1].name, type(stack).__name__)


class Account:
    def __init__(self, balance=0):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= amount


class AccountTests(unittest.TestCase):
    def setUp(self):
        self.acct = Account(100)

    def test_withdraw(self):
        self.acct.withdraw(30)
        self.assertEqual(self.acct.balance, 70)

    def test_overdraw(self):
        with self.assertRaises(ValueError) as cm:
            self.acct.withdraw(500)
        self.assertIn("insufficient", str(cm.exception))

    def test_wrong_expectation(self):
        self.assertEqual(self.acct.balance, 99, "balance should be 99")

    def test_list_diff(self):
        self.assertListEqual([1, 2, 3], [1, 2, 4])

    @unittest.skip("not ready")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertTrue(False)

    def test_subtests(self):
        for n in range(3):
            with self.subTest(n=n):
                self.assertNotEqual(n, 1)

    def test_error(self):
        raise RuntimeError("unexpected")


suite = unittest.defaultTestLoader.loadTestsFromTestCase(AccountTests)
print(suite.countTestCases())
buf = io.StringIO()
result = unittest.TextTestRunner(stream=buf, verbosity=2).run(suite)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), len(result.expectedFailures), result.wasSuccessful())
for line in buf.getvalue().splitlines():
    if line.startswith(("test_", "FAIL:", "ERROR:", "AssertionError", "RuntimeError", "FAILED", "OK")):
        print(line)
tc = unittest.TestCase()
for check in [lambda: tc.assertEqual("a\nb", "a\nc"), lambda: tc.assertAlmostEqual(1.0, 1.1),
              lambda: tc.assertIsNone(0), lambda: tc.assertDictEqual({"a": 1}, {"a": 2}), lambda: tc.assertCountEqual([1, 1], [1])]:
    try:
        check()
    except AssertionError as e:
        print("AssertionError:", str(e).splitlines()[0])
