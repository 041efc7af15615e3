# Exception chaining as a script sees it: __cause__, __context__,
# __suppress_context__, 'from None', and traceback.format_exception output.
import traceback


class ConfigError(Exception):
    pass


def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad port {text!r}") from e


def load(text):
    try:
        return parse_port(text)
    except ConfigError:
        raise RuntimeError("could not load config")


def quiet(text):
    try:
        return int(text)
    except ValueError:
        raise KeyError(text) from None


for fn in (load, quiet):
    try:
        fn("eighty")
    except Exception as e:
        print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__),
              "| suppress:", e.__suppress_context__)
        if e.__context__ is not None:
            inner = e.__context__
            print("  inner cause:", repr(inner.__cause__), "inner context:", repr(inner.__context__))
        text = "".join(traceback.format_exception(e))
        lines = [l for l in text.splitlines() if not l.startswith("  ")]
        for l in lines:
            print("  |", l)
try:
    try:
        1 / 0
    finally:
        print("finally runs before the handler")
except ZeroDivisionError as e:
    print("handled", e, e.__context__)
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
e = ValueError("manual")
e.__cause__ = KeyError("k")
print(e.__suppress_context__, repr(e.__cause__))
print(traceback.format_exception_only(ValueError, ValueError("only")), traceback.format_exception_only(SyntaxError("s")))
