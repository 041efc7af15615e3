# Chained exceptions: __cause__ and __context__ are printed oldest first with
# CPython's separators; chain=False prints only the last one.
import sys
import traceback

HERE = __file__.rpartition("/")[0] + "/"
_print = print


def print(*args, **kw):  # tracebacks name files by absolute path
    _print(*(str(a).replace(HERE, "") for a in args), **kw)


class Out:
    def write(self, text):
        sys.stdout.write(text.replace(HERE, ""))


def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise LookupError("missing " + k) from e


def handle():
    try:
        1 / 0
    except ZeroDivisionError:
        lookup({}, "a")


try:
    handle()
except LookupError as e:
    traceback.print_exception(e, file=Out())
    print("--")
    print("".join(traceback.format_exception(e, chain=False)), end="")
    print("--")
    lines = traceback.format_exception(type(e), e, e.__traceback__)
    print(lines[0], end="")
    print(lines[-1], end="")
    te = traceback.TracebackException.from_exception(e)
    print(list(te.format()) == lines, type(te.__cause__).__name__, str(te))
    print(list(te.format_exception_only()))

# expect: Traceback (most recent call last):
# expect:   File "traceback_chained.py", line 28, in handle
# expect:     1 / 0
# expect:     ~~^~~
# expect: ZeroDivisionError: division by zero
# expect:
# expect: During handling of the above exception, another exception occurred:
# expect:
# expect: Traceback (most recent call last):
# expect:   File "traceback_chained.py", line 21, in lookup
# expect:     return d[k]
# expect:            ~^^^
# expect: KeyError: 'a'
# expect:
# expect: The above exception was the direct cause of the following exception:
# expect:
# expect: Traceback (most recent call last):
# expect:   File "traceback_chained.py", line 34, in <module>
# expect:     handle()
# expect:   File "traceback_chained.py", line 30, in handle
# expect:     lookup({}, "a")
# expect:   File "traceback_chained.py", line 23, in lookup
# expect:     raise LookupError("missing " + k) from e
# expect: LookupError: missing a
# expect: --
# expect: Traceback (most recent call last):
# expect:   File "traceback_chained.py", line 34, in <module>
# expect:     handle()
# expect:   File "traceback_chained.py", line 30, in handle
# expect:     lookup({}, "a")
# expect:   File "traceback_chained.py", line 23, in lookup
# expect:     raise LookupError("missing " + k) from e
# expect: LookupError: missing a
# expect: --
# expect: Traceback (most recent call last):
# expect: LookupError: missing a
# expect: True TracebackException missing a
# expect: ['LookupError: missing a\n']
