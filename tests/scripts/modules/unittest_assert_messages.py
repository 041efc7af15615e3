# The messages of the assert* family, as CPython's unittest words them.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def show(method, *args, **kwargs):
    try:
        getattr(t, method)(*args, **kwargs)
    except AssertionError as e:
        print(f"{method}: {e}")
    else:
        print(f"{method}: passed")


show("assertEqual", 1, 2)
show("assertEqual", "abc", "abd")
show("assertEqual", [1, 2, 3], [1, 2, 4])
show("assertEqual", (1, 2), (1, 2, 3))
show("assertEqual", {"a": 1}, {"a": 2})
show("assertEqual", {1, 2}, {2, 3})
show("assertEqual", "one\ntwo\n", "one\nTWO\n")
show("assertEqual", 1, 2, "numbers differ")
show("assertNotEqual", 3, 3)
show("assertTrue", 0)
show("assertFalse", [1])
show("assertIs", None, 0)
show("assertIsNot", None, None)
show("assertIsNone", 5)
show("assertIsNotNone", None)
show("assertIn", "x", "abc")
show("assertNotIn", 1, [1, 2])
show("assertIsInstance", 3, str)
show("assertNotIsInstance", 3, int)
show("assertGreater", 1, 2)
show("assertGreaterEqual", 1, 2)
show("assertLess", 2, 1)
show("assertLessEqual", 2, 1)
show("assertAlmostEqual", 1.0, 1.1)
show("assertAlmostEqual", 0.1 + 0.2, 0.3)
show("assertAlmostEqual", 1.0, 1.05, delta=0.01)
show("assertNotAlmostEqual", 1.0, 1.0)
show("assertCountEqual", [1, 1, 2], [1, 2, 2])
show("assertCountEqual", "abc", "cab")
show("assertDictEqual", {"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 3]})
show("assertListEqual", [1], (1,))
show("assertSequenceEqual", [1, 2], [1, 2, 3])
show("assertSetEqual", {1}, {1, 2})
show("assertMultiLineEqual", "a\nb\n", "a\nc\n")
show("fail", "explicit failure")

t.longMessage = False
show("assertEqual", 1, 2, "only mine")

with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception)
print(t.assertRaises(ValueError, int, "x"))
try:
    with t.assertRaises(KeyError):
        pass
except AssertionError as e:
    print(e)
try:
    t.assertRaises(TypeError, int, "5")
except AssertionError as e:
    print(e)
with t.assertRaisesRegex(ValueError, "invalid literal"):
    int("nope")
try:
    with t.assertRaisesRegex(ValueError, "other text"):
        int("nope")
except AssertionError as e:
    print(e)

# expect: assertEqual: 1 != 2
# expect: assertEqual: 'abc' != 'abd'
# expect: - abc
# expect: ?   ^
# expect: + abd
# expect: ?   ^
# expect:
# expect: assertEqual: Lists differ: [1, 2, 3] != [1, 2, 4]
# expect:
# expect: First differing element 2:
# expect: 3
# expect: 4
# expect:
# expect: - [1, 2, 3]
# expect: ?        ^
# expect:
# expect: + [1, 2, 4]
# expect: ?        ^
# expect:
# expect: assertEqual: Tuples differ: (1, 2) != (1, 2, 3)
# expect:
# expect: Second tuple contains 1 additional elements.
# expect: First extra element 2:
# expect: 3
# expect:
# expect: - (1, 2)
# expect: + (1, 2, 3)
# expect: ?      +++
# expect:
# expect: assertEqual: {'a': 1} != {'a': 2}
# expect: - {'a': 1}
# expect: ?       ^
# expect:
# expect: + {'a': 2}
# expect: ?       ^
# expect:
# expect: assertEqual: Items in the first set but not the second:
# expect: 1
# expect: Items in the second set but not the first:
# expect: 3
# expect: assertEqual: 'one\ntwo\n' != 'one\nTWO\n'
# expect:   one
# expect: - two
# expect: + TWO
# expect:
# expect: assertEqual: 1 != 2 : numbers differ
# expect: assertNotEqual: 3 == 3
# expect: assertTrue: 0 is not true
# expect: assertFalse: [1] is not false
# expect: assertIs: None is not 0
# expect: assertIsNot: unexpectedly identical: None
# expect: assertIsNone: 5 is not None
# expect: assertIsNotNone: unexpectedly None
# expect: assertIn: 'x' not found in 'abc'
# expect: assertNotIn: 1 unexpectedly found in [1, 2]
# expect: assertIsInstance: 3 is not an instance of <class 'str'>
# expect: assertNotIsInstance: 3 is an instance of <class 'int'>
# expect: assertGreater: 1 not greater than 2
# expect: assertGreaterEqual: 1 not greater than or equal to 2
# expect: assertLess: 2 not less than 1
# expect: assertLessEqual: 2 not less than or equal to 1
# expect: assertAlmostEqual: 1.0 != 1.1 within 7 places (0.10000000000000009 difference)
# expect: assertAlmostEqual: passed
# expect: assertAlmostEqual: 1.0 != 1.05 within 0.01 delta (0.050000000000000044 difference)
# expect: assertNotAlmostEqual: 1.0 == 1.0 within 7 places
# expect: assertCountEqual: Element counts were not equal:
# expect: First has 2, Second has 1:  1
# expect: First has 1, Second has 2:  2
# expect: assertCountEqual: passed
# expect: assertDictEqual: {'a': 1, 'b': [1, 2]} != {'a': 1, 'b': [1, 3]}
# expect: - {'a': 1, 'b': [1, 2]}
# expect: ?                   ^
# expect:
# expect: + {'a': 1, 'b': [1, 3]}
# expect: ?                   ^
# expect:
# expect: assertListEqual: Second sequence is not a list: (1,)
# expect: assertSequenceEqual: Sequences differ: [1, 2] != [1, 2, 3]
# expect:
# expect: Second sequence contains 1 additional elements.
# expect: First extra element 2:
# expect: 3
# expect:
# expect: - [1, 2]
# expect: + [1, 2, 3]
# expect: ?      +++
# expect:
# expect: assertSetEqual: Items in the second set but not the first:
# expect: 2
# expect: assertMultiLineEqual: 'a\nb\n' != 'a\nc\n'
# expect:   a
# expect: - b
# expect: + c
# expect:
# expect: fail: explicit failure
# expect: assertEqual: only mine
# expect: ZeroDivisionError division by zero
# expect: None
# expect: KeyError not raised
# expect: TypeError not raised by int
# expect: "other text" does not match "invalid literal for int() with base 10: 'nope'"
