# Context managers: the protocol by hand, contextlib.contextmanager with
# exception handling, suppress, ExitStack unwinding order, redirect_stdout, nullcontext, closing.
import contextlib
import io


class Timer:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}: {exc_type.__name__ if exc_type else None} {exc}")
        return isinstance(exc, KeyError)


with Timer("a") as t, Timer("b"):
    print("body", t.name)
with Timer("swallow"):
    raise KeyError("gone")
try:
    with Timer("pass-through"):
        raise ValueError("kept")
except ValueError as e:
    print("caught", e)


@contextlib.contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
    except ZeroDivisionError:
        log.append("rollback")
    else:
        log.append("commit")
    finally:
        log.append("end")


for fail in (False, True):
    log = []
    with transaction(log) as l:
        l.append("work")
        if fail:
            1 / 0
    print(log)
with contextlib.suppress(FileNotFoundError, KeyError):
    {}["x"]
print("after suppress")
with contextlib.ExitStack() as stack:
    for n in range(3):
        stack.enter_context(Timer(f"stack{n}"))
    stack.callback(print, "callback registered last, runs first")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured text")
print(repr(buf.getvalue()))
with contextlib.nullcontext(5) as v:
    print("nullcontext gave", v)


class Resource:
    def close(self):
        print("closed resource")


with contextlib.closing(Resource()):
    print("using resource")


@contextlib.contextmanager
def bad():
    yield 1
    yield 2


try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


class Reusable(contextlib.ContextDecorator):
    def __enter__(self):
        print("deco enter")

    def __exit__(self, *exc):
        print("deco exit")
        return False


@Reusable()
def decorated():
    print("inside decorated")


decorated()
with contextlib.ExitStack() as outer:
    outer.push(lambda *exc: print("push callback sees", exc[0].__name__ if exc[0] else None) or True)
    raise IndexError("suppressed by pushed exit")
print("end")
