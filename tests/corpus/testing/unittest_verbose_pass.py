"""A string-utilities module tested with unittest.main(verbosity=2): every
test passes or is skipped; exit=False lets the script report afterwards."""
import sys
import unittest


def slugify(text):
    words = "".join(c.lower() if c.isalnum() else " " for c in text).split()
    return "-".join(words)


def is_palindrome(text):
    letters = [c.lower() for c in text if c.isalpha()]
    return letters == letters[::-1]


def word_counts(text):
    counts = {}
    for word in text.lower().split():
        counts[word] = counts.get(word, 0) + 1
    return counts


class SlugifyTest(unittest.TestCase):
    def test_simple(self):
        """Spaces become dashes."""
        self.assertEqual(slugify("Hello World"), "hello-world")

    def test_punctuation(self):
        self.assertEqual(slugify("C'est la vie!"), "c-est-la-vie")

    def test_empty(self):
        self.assertEqual(slugify(""), "")


class PalindromeTest(unittest.TestCase):
    def test_palindromes(self):
        for phrase in ["racecar", "A man, a plan, a canal: Panama", ""]:
            with self.subTest(phrase=phrase):
                self.assertTrue(is_palindrome(phrase))

    def test_not_palindrome(self):
        self.assertFalse(is_palindrome("python"))

    @unittest.skipUnless(sys.platform.startswith("win"), "windows only")
    def test_windows_paths(self):
        pass

    @unittest.expectedFailure
    def test_known_limitation(self):
        self.assertTrue(is_palindrome("été"[::-1] + "x"))


class WordCountTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.text = "the cat and the hat and the bat"

    def test_counts(self):
        counts = word_counts(self.text)
        self.assertEqual(counts["the"], 3)
        self.assertCountEqual(counts, ["the", "cat", "and", "hat", "bat"])
        self.assertGreater(counts["and"], counts["cat"])
        self.assertIsNone(counts.get("dog"))


if __name__ == "__main__":
    program = unittest.main(verbosity=2, exit=False)
    result = program.result
    print("ran", result.testsRun, "tests;", "ok" if result.wasSuccessful() else "failed")
    print("skipped:", [reason for _, reason in result.skipped])
    print("expected failures:", len(result.expectedFailures))
