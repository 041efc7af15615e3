# extract_tb gives FrameSummary entries (filename, lineno, name, line);
# format_list and extract_stack/format_stack work on the running stack.
import sys
import traceback

HERE = __file__.rpartition("/")[0] + "/"
_print = print


def print(*args, **kw):  # tracebacks name files by absolute path
    _print(*(str(a).replace(HERE, "") for a in args), **kw)


class Out:
    def write(self, text):
        sys.stdout.write(text.replace(HERE, ""))


def inner():
    raise RuntimeError("deep")


def outer():
    inner()


try:
    outer()
except RuntimeError as e:
    summary = traceback.extract_tb(e.__traceback__)
    print(type(summary).__name__, len(summary))
    for fs in summary:
        print(fs.filename, fs.lineno, fs.name, repr(fs.line))
    filename, lineno, name, line = summary[-1]
    print(name, line, summary[-1] == (filename, lineno, name, line))
    print(repr(summary[0]))
    print("".join(traceback.format_list(summary[1:])), end="")
    print(traceback.format_tb(e.__traceback__, limit=1))
    print(traceback.format_tb(e.__traceback__, limit=-1))


def where():
    return traceback.extract_stack()


def show():
    stack = where()
    print([(f.name, f.lineno) for f in stack])
    print("".join(traceback.format_stack()), end="")


show()

# expect: StackSummary 3
# expect: traceback_extract.py 28 <module> 'outer()'
# expect: traceback_extract.py 24 outer 'inner()'
# expect: traceback_extract.py 20 inner 'raise RuntimeError("deep")'
# expect: inner raise RuntimeError("deep") True
# expect: <FrameSummary file traceback_extract.py, line 28 in <module>>
# expect:   File "traceback_extract.py", line 24, in outer
# expect:     inner()
# expect:   File "traceback_extract.py", line 20, in inner
# expect:     raise RuntimeError("deep")
# expect: ['  File "traceback_extract.py", line 28, in <module>\n    outer()\n']
# expect: ['  File "traceback_extract.py", line 20, in inner\n    raise RuntimeError("deep")\n']
# expect: [('<module>', 52), ('show', 47), ('where', 43)]
# expect:   File "traceback_extract.py", line 52, in <module>
# expect:     show()
# expect:   File "traceback_extract.py", line 49, in show
# expect:     print("".join(traceback.format_stack()), end="")
