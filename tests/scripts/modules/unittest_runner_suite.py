# TestSuite, TestLoader and TextTestRunner on a stream: fixture order
# (setUpClass, setUp, tearDown, addCleanup, tearDownClass), a failing
# setUpClass, unexpected successes, a skipped class, FunctionTestCase.
import os
import unittest

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


class Events(unittest.TestCase):
    log = []

    @classmethod
    def setUpClass(cls):
        cls.log.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        cls.log.append("tearDownClass")

    def setUp(self):
        self.log.append("setUp " + self._testMethodName)
        self.addCleanup(self.log.append, "cleanup " + self._testMethodName)

    def tearDown(self):
        self.log.append("tearDown " + self._testMethodName)

    def test_b(self):
        self.log.append("test_b")

    def test_a(self):
        self.log.append("test_a")

    @unittest.expectedFailure
    def test_c_unexpected(self):
        pass


class BrokenFixture(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("no database")

    def test_never_runs(self):
        pass


@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_x(self):
        pass


class LineStream:
    """Collects the runner's output, dropping the timing line."""

    def __init__(self):
        self.text = []

    def write(self, s):
        self.text.append(s)

    def flush(self):
        pass

    def lines(self):
        return [line.replace(HERE, "") for line in "".join(self.text).splitlines()
                if not line.startswith("Ran ")]


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Events))
suite = unittest.TestSuite()
suite.addTests(loader.loadTestsFromTestCase(Events))
suite.addTest(loader.loadTestsFromTestCase(BrokenFixture))
suite.addTest(Skipped("test_x"))
suite.addTest(unittest.FunctionTestCase(lambda: None, description="a plain function"))
print(suite.countTestCases())

stream = LineStream()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
for line in stream.lines():
    print(line)
print(Events.log)
print(result.testsRun, len(result.errors), len(result.failures),
      len(result.skipped), len(result.unexpectedSuccesses), result.wasSuccessful())
print(Events("test_a"), Events("test_a").id())
try:
    Events("test_missing")
except ValueError as e:
    print(e)

# expect: ['test_a', 'test_b', 'test_c_unexpected']
# expect: 6
# expect: test_a (__main__.Events.test_a) ... ok
# expect: test_b (__main__.Events.test_b) ... ok
# expect: test_c_unexpected (__main__.Events.test_c_unexpected) ... unexpected success
# expect: ERROR
# expect: test_x (__main__.Skipped.test_x) ... skipped 'whole class'
# expect: unittest.case.FunctionTestCase (<lambda>)
# expect: a plain function ... ok
# expect:
# expect: ======================================================================
# expect: ERROR: setUpClass (__main__.BrokenFixture)
# expect: ----------------------------------------------------------------------
# expect: Traceback (most recent call last):
# expect:   File "unittest_runner_suite.py", line 42, in setUpClass
# expect:     raise RuntimeError("no database")
# expect: RuntimeError: no database
# expect:
# expect: ======================================================================
# expect: UNEXPECTED SUCCESS: test_c_unexpected (__main__.Events.test_c_unexpected)
# expect: ----------------------------------------------------------------------
# expect:
# expect: FAILED (errors=1, skipped=1, unexpected successes=1)
# expect: ['setUpClass', 'setUp test_a', 'test_a', 'tearDown test_a', 'cleanup test_a', 'setUp test_b', 'test_b', 'tearDown test_b', 'cleanup test_b', 'setUp test_c_unexpected', 'tearDown test_c_unexpected', 'cleanup test_c_unexpected', 'tearDownClass']
# expect: 5 1 0 1 1 False
# expect: test_a (__main__.Events.test_a) __main__.Events.test_a
# expect: no such test method in <class '__main__.Events'>: test_missing
