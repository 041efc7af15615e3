# doctest serves its examples' source to tracebacks while a test runs (CPython
# patches linecache.getlines for the run), and forgets it afterwards.
import doctest
import traceback


def halve_all(values):
    """
    >>> halve_all([4, 2])
    [2.0, 1.0]
    >>> total = 0
    >>> for v in [1, 'x']:
    ...     total += halve_all([v])[0]
    """
    return [v / 2 for v in values]


class FrameLister(doctest.DocTestRunner):
    # While the test runs, the examples' frames show their own source lines
    # (CPython's doctest serves them through linecache); afterwards they
    # are gone again.
    def report_unexpected_exception(self, out, test, example, exc_info):
        for frame in traceback.extract_tb(exc_info[2]):
            if not frame.filename.endswith("doctest.py") and "frozen" not in frame.filename:
                where = frame.filename if frame.filename.startswith("<") else "this file"
                out("%s: %r\n" % (where, frame.line))
        self.last_tb = exc_info[2]


test = doctest.DocTestFinder().find(halve_all, "halve_all", globs={"halve_all": halve_all})[0]
runner = FrameLister(verbose=False)
print(runner.run(test))
after = [f for f in traceback.extract_tb(runner.last_tb) if f.filename.startswith("<doctest")]
print([(f.filename, f.lineno, f.line) for f in after])

# expect: <doctest halve_all[2]>: 'total += halve_all([v])[0]'
# expect: this file: 'return [v / 2 for v in values]'
# expect: this file: 'return [v / 2 for v in values]'
# expect: TestResults(failed=1, attempted=3)
# expect: [('<doctest halve_all[2]>', 2, '')]
