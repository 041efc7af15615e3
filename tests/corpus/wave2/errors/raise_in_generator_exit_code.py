# KeyboardInterrupt-free version of a CLI that ends by raising a custom exception
# from inside a generator pipeline: stderr ends with the exception line, exit status 1.
class PipelineError(Exception):
    def __init__(self, stage, item):
        super().__init__(f"stage {stage} failed on {item!r}")
        self.stage = stage
        self.item = item


def numbers():
    yield from ["1", "2", "x", "4"]


def parsed(items):
    for item in items:
        try:
            yield int(item)
        except ValueError:
            raise PipelineError("parse", item)


total = 0
try:
    for n in parsed(numbers()):
        total += n
        print("running total", total)
except PipelineError as e:
    print("caught:", e, e.stage, e.item, e.args)
print("second pass, uncaught")
for n in parsed(["7", "oops"]):
    print(n)
