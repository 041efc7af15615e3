# except*: each clause handles the part of the group its types match; the
# handled part is sys.exc_info() and the context of what the clause raises;
# unhandled parts and raised exceptions leave the try statement together.
import sys

def run(make, *, reraise=None):
    try:
        try:
            raise make()
        except* ValueError as e:
            print("  ValueError clause:", repr(e), repr(sys.exc_info()[1]))
            if reraise == "bare":
                raise
            if reraise == "new":
                raise RuntimeError("from handler")
            if reraise == "same":
                raise e
        except* (TypeError, KeyError) as e:
            print("  Type/KeyError clause:", repr(e))
        else:
            print("  else")
        finally:
            print("  finally")
    except BaseException as out:
        print("  escaped:", repr(out))
        for sub in getattr(out, "exceptions", ()):
            print("    ", repr(sub), "context:", repr(sub.__context__))
    else:
        print("  nothing escaped")

print("group:")
run(lambda: ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)]))
print("fully handled:")
run(lambda: ExceptionGroup("eg", [ValueError(1), KeyError(2)]))
print("naked exception:")
run(lambda: ValueError("naked"))
print("naked unmatched:")
run(lambda: OSError("naked"))
print("bare raise:")
run(lambda: ExceptionGroup("eg", [ValueError(1), OSError(3)]), reraise="bare")
print("raise a new one:")
run(lambda: ExceptionGroup("eg", [ValueError(1), OSError(3)]), reraise="new")
print("raise the match:")
run(lambda: ExceptionGroup("eg", [ValueError(1), KeyError(3)]), reraise="same")
print("nested:")
run(lambda: ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError(1), OSError(2)]), TypeError(3)]))
print("no exception:")
try:
    pass
except* ValueError:
    print("not reached")
else:
    print("  else runs")

# a clause runs at most once, with everything it matches
try:
    raise ExceptionGroup("many", [ValueError(i) for i in range(4)])
except* ValueError as e:
    print("one call with", len(e.exceptions), "errors")

# the `as` name is deleted after the clause
try:
    raise ExceptionGroup("x", [ValueError()])
except* ValueError as err:
    pass
try:
    err
except NameError as e:
    print(e)

# except* in a function, a generator, a loop (break/continue outside the clause)
def parse_all(items):
    results = []
    try:
        errors = []
        for item in items:
            try:
                results.append(int(item))
            except ValueError as e:
                errors.append(e)
        if errors:
            raise ExceptionGroup("bad items", errors)
    except* ValueError as eg:
        results.append(f"{len(eg.exceptions)} bad")
    return results
print(parse_all(["1", "x", "3", "y"]))

def gen():
    for i in range(3):
        try:
            if i == 1:
                raise ExceptionGroup("g", [KeyError(i)])
            yield i
        except* KeyError:
            yield "handled"
print(list(gen()))

for i in range(4):
    try:
        if i % 2:
            raise ExceptionGroup("odd", [ValueError(i)])
    except* ValueError:
        print("odd", i)
        for j in range(3):
            if j == 1:
                break
    if i == 2:
        continue
    print("after", i)

import asyncio
async def main():
    async def fail(n):
        await asyncio.sleep(0)
        raise ValueError(n)
    try:
        await asyncio.gather(fail(1))
    except* ValueError as eg:
        print("async", repr(eg))
asyncio.run(main())

# expect: group:
# expect:   ValueError clause: ExceptionGroup('eg', [ValueError(1)]) ExceptionGroup('eg', [ValueError(1)])
# expect:   Type/KeyError clause: ExceptionGroup('eg', [TypeError(2)])
# expect:   finally
# expect:   escaped: ExceptionGroup('eg', [OSError(3)])
# expect:      OSError(3) context: None
# expect: fully handled:
# expect:   ValueError clause: ExceptionGroup('eg', [ValueError(1)]) ExceptionGroup('eg', [ValueError(1)])
# expect:   Type/KeyError clause: ExceptionGroup('eg', [KeyError(2)])
# expect:   finally
# expect:   nothing escaped
# expect: naked exception:
# expect:   ValueError clause: ExceptionGroup('', (ValueError('naked'),)) ExceptionGroup('', (ValueError('naked'),))
# expect:   finally
# expect:   nothing escaped
# expect: naked unmatched:
# expect:   finally
# expect:   escaped: OSError('naked')
# expect: bare raise:
# expect:   ValueError clause: ExceptionGroup('eg', [ValueError(1)]) ExceptionGroup('eg', [ValueError(1)])
# expect:   finally
# expect:   escaped: ExceptionGroup('eg', [ValueError(1), OSError(3)])
# expect:      ValueError(1) context: None
# expect:      OSError(3) context: None
# expect: raise a new one:
# expect:   ValueError clause: ExceptionGroup('eg', [ValueError(1)]) ExceptionGroup('eg', [ValueError(1)])
# expect:   finally
# expect:   escaped: ExceptionGroup('', [RuntimeError('from handler'), ExceptionGroup('eg', [OSError(3)])])
# expect:      RuntimeError('from handler') context: ExceptionGroup('eg', [ValueError(1)])
# expect:      ExceptionGroup('eg', [OSError(3)]) context: None
# expect: raise the match:
# expect:   ValueError clause: ExceptionGroup('eg', [ValueError(1)]) ExceptionGroup('eg', [ValueError(1)])
# expect:   Type/KeyError clause: ExceptionGroup('eg', [KeyError(3)])
# expect:   finally
# expect:   escaped: ExceptionGroup('eg', [ValueError(1)])
# expect:      ValueError(1) context: None
# expect: nested:
# expect:   ValueError clause: ExceptionGroup('outer', [ExceptionGroup('inner', [ValueError(1)])]) ExceptionGroup('outer', [ExceptionGroup('inner', [ValueError(1)])])
# expect:   Type/KeyError clause: ExceptionGroup('outer', [TypeError(3)])
# expect:   finally
# expect:   escaped: ExceptionGroup('outer', [ExceptionGroup('inner', [OSError(2)])])
# expect:      ExceptionGroup('inner', [OSError(2)]) context: None
# expect: no exception:
# expect:   else runs
# expect: one call with 4 errors
# expect: name 'err' is not defined
# expect: [1, 3, '2 bad']
# expect: [0, 'handled', 2]
# expect: after 0
# expect: odd 1
# expect: after 1
# expect: odd 3
# expect: after 3
# expect: async ExceptionGroup('', (ValueError(1),))
