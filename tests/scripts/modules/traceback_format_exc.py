# format_exc() and print_exc() give the text python3 prints for an uncaught
# exception, with the source lines and ^^^ markers.
import sys
import traceback

HERE = __file__.rpartition("/")[0] + "/"
_print = print


def print(*args, **kw):  # tracebacks name files by absolute path
    _print(*(str(a).replace(HERE, "") for a in args), **kw)


class Out:
    def write(self, text):
        sys.stdout.write(text.replace(HERE, ""))


def parse(text):
    return int(text)


def load(items):
    return [parse(x) for x in items]


try:
    load(["1", "x"])
except ValueError:
    print(traceback.format_exc(), end="")
    traceback.print_exc(file=Out())

print(repr(traceback.format_exc()))

# expect: Traceback (most recent call last):
# expect:   File "traceback_format_exc.py", line 28, in <module>
# expect:     load(["1", "x"])
# expect:   File "traceback_format_exc.py", line 24, in load
# expect:     return [parse(x) for x in items]
# expect:            ^^^^^^^^^^^^^^^^^^^^^^^^^
# expect:   File "traceback_format_exc.py", line 24, in <listcomp>
# expect:     return [parse(x) for x in items]
# expect:             ^^^^^^^^
# expect:   File "traceback_format_exc.py", line 20, in parse
# expect:     return int(text)
# expect:            ^^^^^^^^^
# expect: ValueError: invalid literal for int() with base 10: 'x'
# expect: Traceback (most recent call last):
# expect:   File "traceback_format_exc.py", line 28, in <module>
# expect:     load(["1", "x"])
# expect:   File "traceback_format_exc.py", line 24, in load
# expect:     return [parse(x) for x in items]
# expect:            ^^^^^^^^^^^^^^^^^^^^^^^^^
# expect:   File "traceback_format_exc.py", line 24, in <listcomp>
# expect:     return [parse(x) for x in items]
# expect:             ^^^^^^^^
# expect:   File "traceback_format_exc.py", line 20, in parse
# expect:     return int(text)
# expect:            ^^^^^^^^^
# expect: ValueError: invalid literal for int() with base 10: 'x'
# expect: 'NoneType: None\n'
