"""Cleanup under errors: with + finally ordering, exceptions in __exit__, del, and exceptions inside
generators being closed, the way file-processing scripts hit them."""


class Resource:
    def __init__(self, name, fail_on_exit=False):
        self.name, self.fail_on_exit = name, fail_on_exit

    def __enter__(self):
        print("acquire", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("release", self.name, "during", et.__name__ if et else "normal exit")
        if self.fail_on_exit:
            raise OSError(f"release of {self.name} failed")
        return False


def process(fail):
    with Resource("outer"), Resource("inner"):
        print("working")
        if fail:
            raise ValueError("work failed")
    return "ok"


for fail in (False, True):
    try:
        print(process(fail))
    except ValueError as e:
        print("caught", e)
try:
    with Resource("flaky", fail_on_exit=True):
        raise KeyError("original")
except OSError as e:
    print("OSError:", e, "| context:", repr(e.__context__))


def lines():
    try:
        yield "a"
        yield "b"
    finally:
        print("generator cleanup")


for line in lines():
    try:
        if line == "a":
            raise RuntimeError("stop reading")
    except RuntimeError as e:
        print("handled", e)
        break
print("after loop")


def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError:
        print("outer caught inner")
        raise TypeError("replacement")


try:
    nested()
except TypeError as e:
    print(repr(e), repr(e.__context__))
