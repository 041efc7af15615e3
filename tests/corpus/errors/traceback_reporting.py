"""Reporting errors: traceback.format_exception_only, sys.exc_info, exception notes, __traceback__ walk."""
import sys
import traceback


def level3(x):
    return {"k": 1}[x]


def level2(x):
    return level3(x) + 1


def level1(x):
    try:
        return level2(x)
    except KeyError as e:
        e.add_note(f"while handling input {x!r}")
        raise


try:
    level1("missing")
except KeyError as e:
    print(traceback.format_exception_only(type(e), e))
    print(e.__notes__)
    names = []
    tb = e.__traceback__
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
    frames = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.line) for f in frames])
try:
    int("x")
except ValueError:
    etype, value, tb = sys.exc_info()
    print(etype.__name__, value, tb is not None)
print(sys.exc_info())
print("".join(traceback.format_exception_only(ZeroDivisionError, ZeroDivisionError("division by zero"))), end="")
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("converted") from z
except ValueError as v:
    lines = traceback.format_exception(v)
    print(len(lines) > 3, lines[-1].strip())
    print(any("direct cause" in l for l in lines))
