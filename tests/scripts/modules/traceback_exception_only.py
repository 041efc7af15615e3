# format_exception_only: the last line(s) alone; no exception at all gives
# "NoneType: None"; bad arguments raise as in CPython.
import sys
import traceback

HERE = __file__.rpartition("/")[0] + "/"
_print = print


def print(*args, **kw):  # tracebacks name files by absolute path
    _print(*(str(a).replace(HERE, "") for a in args), **kw)


class Out:
    def write(self, text):
        sys.stdout.write(text.replace(HERE, ""))

print(traceback.format_exception_only(ValueError("v")))
print(traceback.format_exception_only(KeyError("k")))
print(traceback.format_exception_only(ValueError, ValueError()))


class AppError(Exception):
    pass


print(traceback.format_exception_only(AppError("custom")))
print(repr(traceback.format_exc()))
print(traceback.format_exception(None))

try:
    compile("x = (1,", "<text>", "exec")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)), end="")

try:
    traceback.format_exception(ValueError, ValueError("x"))
except ValueError as e:
    print(e)
try:
    traceback.format_exception(42)
except TypeError as e:
    print(e)

# expect: ['ValueError: v\n']
# expect: ["KeyError: 'k'\n"]
# expect: ['ValueError\n']
# expect: ['AppError: custom\n']
# expect: 'NoneType: None\n'
# expect: ['NoneType: None\n']
# expect:   File "<text>", line 1
# expect:     x = (1,
# expect:         ^
# expect: SyntaxError: '(' was never closed
# expect: Both or neither of value and tb must be given
# expect: Exception expected for value, int found
