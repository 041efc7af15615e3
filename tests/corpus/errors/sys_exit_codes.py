"""Exit paths: sys.exit with a message, SystemExit caught and inspected, atexit handlers running."""
import atexit
import sys


def goodbye(name):
    print(f"atexit: goodbye {name}")


atexit.register(goodbye, "world")
atexit.register(print, "atexit: registered last, runs first")

for arg in (0, 3, "fatal: config missing", None):
    try:
        sys.exit(arg)
    except SystemExit as e:
        print("SystemExit code:", repr(e.code))
try:
    raise SystemExit(5)
except BaseException as e:
    print(type(e).__name__, isinstance(e, Exception))
print("about to exit with 4")
sys.exit(4)
