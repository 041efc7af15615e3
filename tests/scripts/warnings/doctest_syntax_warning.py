# A SyntaxWarning from compiling a doctest example shows the example's
# line, as CPython's doctest serves it to linecache.
def f():
    """
    >>> x = 1 is 1
    >>> x
    True
    """
import doctest
print(doctest.testmod())  # expect: TestResults(failed=0, attempted=2)
# expect stderr: <doctest __main__.f[0]>:1: SyntaxWarning: "is" with a literal. Did you mean "=="?
# expect stderr:   x = 1 is 1
