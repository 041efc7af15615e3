# doctest.run_docstring_examples, DocTestParser/DocTestFinder/DocTestRunner
# used directly, and REPORT_NDIFF / REPORT_ONLY_FIRST_FAILURE / FAIL_FAST.
import doctest


def double(x):
    """
    >>> double(2)
    4
    >>> double('a')
    'aa'
    >>> double(None)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    TypeError: unsupported operand type(s) ...
    """
    return x * 2


doctest.run_docstring_examples(double, {"double": double}, verbose=False)
doctest.run_docstring_examples(double, {"double": lambda x: x + x}, name="dbl")

parser = doctest.DocTestParser()
text = """
Some text.
    >>> a = [1, 2,
    ...      3]
    >>> a
    [1, 2, 3]

    >>> print('one\\ntwo')
    one
    two
"""
for piece in parser.parse(text):
    if isinstance(piece, doctest.Example):
        print(repr(piece.source), repr(piece.want), piece.lineno, piece.indent)
    else:
        print("text:", repr(piece))

test = parser.get_doctest(text, {}, "sample", "sample.txt", 0)
print(test, len(test.examples))
runner = doctest.DocTestRunner(verbose=False)
print(runner.run(test))

lines = """
>>> print('alpha\\nbeta\\ngamma')
alpha
BETA
gamma
>>> 1
2
>>> 3
4
"""
test = parser.get_doctest(lines, {}, "ndiff", "ndiff.txt", 10)
runner = doctest.DocTestRunner(optionflags=doctest.REPORT_NDIFF | doctest.REPORT_ONLY_FIRST_FAILURE)
print(runner.run(test))
test = parser.get_doctest(lines, {}, "failfast", "ff.txt", 0)
runner = doctest.DocTestRunner(optionflags=doctest.FAIL_FAST)
print(runner.run(test))
runner.summarize(verbose=True)

try:
    parser.parse(">>> x = 1  # doctest: +NOSUCH\n")
except ValueError as e:
    print(e)
try:
    parser.parse("   >>>x\n")
except ValueError as e:
    print(e)

finder = doctest.DocTestFinder()
print([t.name for t in finder.find(double, "double")])

# expect: text: '\nSome text.\n'
# expect: 'a = [1, 2,\n     3]\n' '' 2 4
# expect: text: ''
# expect: 'a\n' '[1, 2, 3]\n' 4 4
# expect: text: '\n'
# expect: "print('one\\ntwo')\n" 'one\ntwo\n' 7 4
# expect: text: ''
# expect: <DocTest sample from sample.txt:0 (3 examples)> 3
# expect: TestResults(failed=0, attempted=3)
# expect: **********************************************************************
# expect: File "ndiff.txt", line 12, in ndiff
# expect: Failed example:
# expect:     print('alpha\nbeta\ngamma')
# expect: Differences (ndiff with -expected +actual):
# expect:       alpha
# expect:     - BETA
# expect:     + beta
# expect:       gamma
# expect: TestResults(failed=3, attempted=3)
# expect: **********************************************************************
# expect: File "ff.txt", line 2, in failfast
# expect: Failed example:
# expect:     print('alpha\nbeta\ngamma')
# expect: Expected:
# expect:     alpha
# expect:     BETA
# expect:     gamma
# expect: Got:
# expect:     alpha
# expect:     beta
# expect:     gamma
# expect: TestResults(failed=1, attempted=1)
# expect: **********************************************************************
# expect: 1 items had failures:
# expect:    1 of   1 in failfast
# expect: 1 tests in 1 items.
# expect: 0 passed and 1 failed.
# expect: ***Test Failed*** 1 failures.
# expect: line 1 of the doctest for <string> has an invalid option: '+NOSUCH'
# expect: line 1 of the docstring for <string> lacks blank after >>>: '>>>x'
# expect: ['double']
