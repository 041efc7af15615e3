"""A batch job that registers cleanup and a summary with atexit, then exits early with sys.exit."""
import atexit
import sys

processed = []
temp_files = []


def remove_temps():
    for name in reversed(temp_files):
        print(f"removing {name}")
    temp_files.clear()


def summary(label, *, verbose=False):
    print(f"[{label}] processed {len(processed)} items" + (f": {processed}" if verbose else ""))


atexit.register(remove_temps)
atexit.register(summary, "job", verbose=True)


def work(items):
    for i, item in enumerate(items):
        temp_files.append(f"/tmp/job-{i}.part")
        if item < 0:
            print(f"bad item {item}, stopping")
            sys.exit(2)
        processed.append(item * item)


@atexit.register
def farewell():
    print("farewell runs first (registered last)")


atexit.register(print, "never shown")
atexit.unregister(print)
work([3, 1, 4, -1, 5])
print("not reached")
