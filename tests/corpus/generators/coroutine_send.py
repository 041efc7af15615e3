"""Generator-based coroutines: priming decorator, send(), throw(), close(), running averages, broadcasting."""
import functools


def coroutine(fn):
    @functools.wraps(fn)
    def start(*args, **kwargs):
        gen = fn(*args, **kwargs)
        next(gen)
        return gen
    return start


@coroutine
def averager():
    total = count = 0
    average = None
    while True:
        try:
            value = yield average
        except ValueError as e:
            print("averager: ignoring bad value:", e)
            continue
        total += value
        count += 1
        average = total / count


@coroutine
def grep(pattern, target):
    try:
        while True:
            line = yield
            if pattern in line:
                target.send(line)
    except GeneratorExit:
        print(f"grep({pattern!r}) closing")
        target.close()
        raise


@coroutine
def printer(prefix):
    try:
        while True:
            item = yield
            print(prefix, item)
    finally:
        print(prefix, "done")


@coroutine
def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)


avg = averager()
for v in (10, 20, 30):
    print("avg", avg.send(v))
print("after throw:", avg.throw(ValueError("not a number")))
print("avg", avg.send(5))
avg.close()
try:
    avg.send(1)
except StopIteration:
    print("closed averager raises StopIteration")

b = broadcast([grep("python", printer("P:")), grep("ply", printer("Y:"))])
for line in ["python generators", "ply parsing", "python ply", "nothing here"]:
    b.send(line)
b.close()
print("broadcast closed (inner grep coroutines still alive)")


def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        elif cmd == "stop":
            return f"stopped at {n}"
        else:
            n += 1


c = counter()
print(next(c), c.send(None), c.send(None), c.send("reset"), c.send(None))
try:
    c.send("stop")
except StopIteration as e:
    print("StopIteration value:", e.value)
print(averager.__name__, averager.__wrapped__.__name__)
