# sys.exit with a message string: it is printed to stderr and the status is 1;
# finally blocks and atexit handlers still run; SystemExit can be caught and inspected.
import atexit
import sys

atexit.register(lambda: print("atexit: goodbye"))
atexit.register(print, "atexit: registered second, runs first")

for arg in (None, 0, 3, "text", (1, 2)):
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(arg), "->", repr(e.code), e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("bare:", e.code)
try:
    exit_status = 0
    try:
        sys.exit(4)
    finally:
        print("finally during exit")
except SystemExit as e:
    print("caught", e.code, isinstance(e, Exception), isinstance(e, BaseException))
print("about to fail")
sys.stdout.flush()
sys.exit("fatal: configuration missing")
