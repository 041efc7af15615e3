# An uncaught chained exception: the traceback with "The above exception was the
# direct cause..." goes to stderr, the exit status is 1, and stdout is flushed first.
import sys


def read_setting(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise LookupError(f"setting {key!r} is required") from e


print("starting")
sys.stdout.write("partial line without newline... ")
print("done writing")
settings = {"host": "example"}
print(read_setting(settings, "host"))
read_setting(settings, "port")
print("never printed")
