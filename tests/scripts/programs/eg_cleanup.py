# Closing many resources: every close() is attempted, the failures are
# gathered into an ExceptionGroup, and callers handle parts with except*.
class Resource:
    def __init__(self, name, fail_with=None):
        self.name = name
        self.fail_with = fail_with
        self.closed = False

    def close(self):
        self.closed = True
        if self.fail_with:
            raise self.fail_with

def close_all(resources):
    errors = []
    for r in resources:
        try:
            r.close()
        except Exception as e:
            e.add_note(f"while closing {r.name}") if hasattr(e, "add_note") else None
            errors.append(e)
    if errors:
        raise ExceptionGroup("errors while closing", errors)

resources = [Resource("db"), Resource("cache", ConnectionError("cache gone")),
             Resource("log", OSError("disk full")), Resource("queue", ValueError("bad state"))]
try:
    close_all(resources)
except* ConnectionError as eg:
    print("ignoring connection errors:", [str(e) for e in eg.exceptions])
except* OSError as eg:
    print("OS errors:", [str(e) for e in eg.exceptions])
except* Exception as eg:
    print("other:", [repr(e) for e in eg.exceptions])
print([r.closed for r in resources])

def shutdown():
    try:
        close_all(resources)
    except* OSError:
        print("handled OSError inside shutdown")

try:
    shutdown()
except ExceptionGroup as eg:
    print("escaped from shutdown:", eg.message, [type(e).__name__ for e in eg.exceptions])

# raising from a handler chains the handled part as the context
try:
    try:
        close_all(resources[1:2])
    except* ConnectionError as eg:
        raise RuntimeError("cannot continue") from eg
except RuntimeError as e:
    print(repr(e), "caused by", repr(e.__cause__))

# expect: ignoring connection errors: ['cache gone']
# expect: OS errors: ['disk full']
# expect: other: ["ValueError('bad state')"]
# expect: [True, True, True, True]
# expect: handled OSError inside shutdown
# expect: escaped from shutdown: errors while closing ['ValueError']
# expect: RuntimeError('cannot continue') caused by ExceptionGroup('errors while closing', [ConnectionError('cache gone')])
