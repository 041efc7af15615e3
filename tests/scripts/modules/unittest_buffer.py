# unittest.main(buffer=True): a passing test's output is swallowed, a failing
# test's output is shown in its report ("Stdout:").
import unittest
class T(unittest.TestCase):
    def test_noisy_fail(self):
        print("captured output")
        self.fail("boom")
    def test_noisy_ok(self):
        print("hidden")
if __name__ == "__main__":
    unittest.main(buffer=True)

# expect:
# expect: Stdout:
# expect: captured output
# expect stderr: F.
# expect stderr: ======================================================================
# expect stderr: FAIL: test_noisy_fail (__main__.T.test_noisy_fail)
# expect stderr: ----------------------------------------------------------------------
# expect stderr: Traceback (most recent call last):
# expect stderr: File "unittest_buffer.py", line 7, in test_noisy_fail
# expect stderr: self.fail("boom")
# expect stderr: AssertionError: boom
# expect stderr: Stdout:
# expect stderr: captured output
# expect stderr: ----------------------------------------------------------------------
# expect stderr: FAILED (failures=1)
# expect exit: 1
