# Handlers run after sys.exit() too, and a failing handler is reported while the others still run.
import atexit
import sys


def cleanup(tag):
    print("cleanup", tag)


def broken():
    raise ValueError("handler failed")


atexit.register(cleanup, "a")
atexit.register(broken)
atexit.register(cleanup, "b")
print("exiting")
sys.exit(3)

# expect exit: 3
# expect stderr: raise ValueError("handler failed")
# expect stderr: ValueError: handler failed

# expect: exiting
# expect: cleanup b
# expect: cleanup a
