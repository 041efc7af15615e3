# sys.exit("message") prints the message to stderr and exits with status 1.
import sys
try:
    sys.exit()
except SystemExit as e:
    print(e.code, e.args)  # expect: None ()
sys.exit("fatal: giving up")
# expect stderr: fatal: giving up
# expect exit: 1
