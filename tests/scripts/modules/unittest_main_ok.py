# unittest.main() with every test passing: "OK" and exit status 0; with
# exit=False it returns, and verbosity=2 names each test (with the first
# line of its docstring).
import unittest


class StackTest(unittest.TestCase):
    def setUp(self):
        self.items = [1, 2]

    def test_push(self):
        """Pushing adds on top."""
        self.items.append(3)
        self.assertEqual(self.items[-1], 3)

    def test_pop(self):
        self.assertEqual(self.items.pop(), 2)
        self.assertEqual(len(self.items), 1)

    @unittest.skipIf(True, "always skipped")
    def test_skipped(self):
        pass


if __name__ == "__main__":
    program = unittest.main(verbosity=2, exit=False)
    print("success:", program.result.wasSuccessful())
    print("run:", program.result.testsRun, "skipped:", len(program.result.skipped))
    unittest.main()

# expect: success: True
# expect: run: 3 skipped: 1
# expect stderr: test_pop (__main__.StackTest.test_pop) ... ok
# expect stderr: test_push (__main__.StackTest.test_push)
# expect stderr: Pushing adds on top. ... ok
# expect stderr: test_skipped (__main__.StackTest.test_skipped) ... skipped 'always skipped'
# expect stderr: ----------------------------------------------------------------------
# expect stderr: OK (skipped=1)
# expect stderr: ..s
# expect stderr: ----------------------------------------------------------------------
# expect stderr: OK (skipped=1)
