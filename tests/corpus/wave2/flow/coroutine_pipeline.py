# David Beazley-style push pipelines with primed coroutines: a decorator that
# primes, a broadcaster, filters and sinks, closed explicitly in order.
import functools


def coroutine(fn):
    @functools.wraps(fn)
    def start(*args, **kwargs):
        c = fn(*args, **kwargs)
        next(c)
        return c
    return start


@coroutine
def grep(pattern, target):
    try:
        while True:
            line = yield
            if pattern in line:
                target.send(line)
    finally:
        print(f"  grep({pattern!r}) closing")
        target.close()


@coroutine
def counter(name, results):
    n = 0
    try:
        while True:
            yield
            n += 1
    except GeneratorExit:
        results[name] = n
        raise


@coroutine
def printer(prefix):
    while True:
        line = yield
        print(prefix, line)


@coroutine
def broadcast(targets):
    try:
        while True:
            item = yield
            for t in targets:
                t.send(item)
    finally:
        for t in targets:
            t.close()


results = {}
lines = ["error: disk full", "info: ok", "warning: hot", "error: fan", "debug: x"]
b = broadcast([grep("error", printer("ERR>")), grep("warn", printer("WRN>")),
               grep(":", counter("all", results))])
for line in lines:
    b.send(line)
b.close()
print(results, grep.__name__, grep.__wrapped__.__name__)
