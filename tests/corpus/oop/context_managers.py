"""Context managers: classes with __enter__/__exit__, contextlib helpers, suppression, nesting."""
from contextlib import contextmanager, suppress, ExitStack, closing, nullcontext, redirect_stdout
import io


class Indenter:
    def __init__(self):
        self.level = 0

    def __enter__(self):
        self.level += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        self.level -= 1
        return False

    def print(self, text):
        print("    " * self.level + text)


class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print(f"rolled back after {exc_type.__name__}: {exc}")
            return True
        print("committed")
        return False


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print(f"closing {self.name}")


with Indenter() as ind:
    ind.print("one")
    with ind:
        ind.print("two")
        with ind:
            ind.print("three")
    ind.print("one again")

data = {"a": 1}
with Transaction(data) as d:
    d["b"] = 2
with Transaction(data) as d:
    d["c"] = 3
    raise KeyError("boom")
print(data)

with tag("html"), tag("body") as t:
    print("content", t)
try:
    with tag("div"):
        raise RuntimeError("inside div")
except RuntimeError as e:
    print("caught", e)

with suppress(ZeroDivisionError, KeyError):
    print("before")
    1 / 0
    print("never")
print("after suppress")

with ExitStack() as stack:
    resources = [stack.enter_context(closing(Resource(n))) for n in "xyz"]
    stack.callback(print, "callback ran")
    print("using", [r.name for r in resources])

with nullcontext(42) as v:
    print("nullcontext", v)
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
print("buffer has", repr(buf.getvalue()))
