# ExceptionGroup and except*: splitting by type, nested groups, add_note,
# subgroup/split, raising new errors from handlers, and asyncio.TaskGroup failures.
import asyncio


def risky():
    errors = []
    for i, v in enumerate(["1", "x", None, "4", "y"]):
        try:
            int(v)
        except (ValueError, TypeError) as e:
            e.add_note(f"while parsing item {i}")
            errors.append(e)
    if errors:
        raise ExceptionGroup("parse failures", errors)


try:
    risky()
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions], [e.__notes__ for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [type(e).__name__ for e in eg.exceptions])
eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])
print(repr(eg), str(eg), len(eg.exceptions))
vals = eg.subgroup(lambda e: isinstance(e, ValueError))
print(repr(vals))
match, rest = eg.split(KeyError)
print(repr(match), repr(rest))
print(eg.split(OSError))
try:
    try:
        raise ExceptionGroup("batch", [OSError("disk"), ValueError("bad")])
    except* OSError:
        print("handled OSError part")
except ExceptionGroup as leftover:
    print("leftover:", repr(leftover))
try:
    raise BaseExceptionGroup("mixed", [KeyboardInterrupt(), ValueError()])
except BaseExceptionGroup as g:
    print(type(g).__name__, [type(e).__name__ for e in g.exceptions])
print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
err = ValueError("with notes")
err.add_note("first note")
err.add_note("second note")
print(err.__notes__)


async def job(n):
    for _ in range(n):  # yield n times: the order does not depend on timing
        await asyncio.sleep(0)
    if n % 2:
        raise ValueError(f"job {n} failed")
    return n


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(job(n)) for n in range(4)]
    except* ValueError as eg:
        print("task group:", sorted(str(e) for e in eg.exceptions))
    async with asyncio.TaskGroup() as tg:
        ok = [tg.create_task(job(n)) for n in (0, 2, 4)]
    print([t.result() for t in ok])


asyncio.run(main())
