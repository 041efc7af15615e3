# sys.__excepthook__ called directly prints the traceback to sys.stderr
# (which may be replaced); a deleted sys.excepthook is reported.
import io
import sys

try:
    {}["k"]
except KeyError as e:
    err = e
buf = io.StringIO()
sys.stderr = buf
sys.__excepthook__(type(err), err, err.__traceback__)
sys.stderr = sys.__stderr__
print(buf.getvalue().splitlines()[0], buf.getvalue().splitlines()[-1])
print(sys.excepthook(1, 2, 3))
sys.excepthook = lambda t, v, tb: print("exit is not hooked")
del sys.excepthook
raise SystemExit("done")
# expect: Traceback (most recent call last): KeyError: 'k'
# expect: None
# expect stderr: TypeError: print_exception(): Exception expected for value, int found
# expect stderr: done
# expect exit: 1
