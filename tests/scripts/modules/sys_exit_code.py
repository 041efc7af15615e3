# sys.exit(n) exits with status n; finally blocks run on the way out.
import sys
try:
    print("exiting")  # expect: exiting
    sys.exit(3)
finally:
    print("cleanup")  # expect: cleanup
# expect exit: 3
