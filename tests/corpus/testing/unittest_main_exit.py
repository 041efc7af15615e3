"""The most common shape of a test file: a TestCase and unittest.main() deciding the exit status
(here one test fails on purpose, so the exit status is 1 and stderr ends with FAILED)."""
import unittest


def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]


class PalindromeTests(unittest.TestCase):
    def test_simple(self):
        self.assertTrue(is_palindrome("racecar"))

    def test_phrase(self):
        self.assertTrue(is_palindrome("A man, a plan, a canal: Panama"))

    def test_not(self):
        self.assertFalse(is_palindrome("python"))

    def test_wrong_expectation(self):
        self.assertEqual(is_palindrome("ab"), True, "deliberately wrong")


if __name__ == "__main__":
    print("running tests")
    unittest.main()
