# The remaining utility modules a script touches: signal handlers called via
# raise_signal, timeit with a fixed number (only the type of the result is printed),
# io.StringIO/BytesIO reading, and sys attributes that are deterministic.
import io
import signal
import sys
import timeit

received = []


def handler(signum, frame):
    received.append(signal.Signals(signum).name)


old = signal.signal(signal.SIGUSR1, handler)
signal.raise_signal(signal.SIGUSR1)
print(received, old is signal.SIG_DFL, signal.getsignal(signal.SIGUSR1) is handler, int(signal.SIGINT), signal.SIGTERM.name)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
t = timeit.timeit("sum(range(100))", number=50)
print(type(t).__name__, t >= 0, type(timeit.repeat("1+1", number=10, repeat=2)).__name__, len(timeit.repeat("1+1", number=10, repeat=3)))
timer = timeit.Timer(lambda: sorted([3, 1, 2]))
print(type(timer.timeit(number=5)).__name__)
buf = io.StringIO("line one\nline two\n\nlast")
print(buf.readline(), end="")
print(buf.read(4), buf.tell(), buf.readlines())
buf.seek(0)
print([l.rstrip("\n") for l in buf], buf.getvalue().count("\n"))
out = io.StringIO()
print("a", 1, sep="|", end=";", file=out)
out.write("x\n")
print(repr(out.getvalue()), out.closed)
out.close()
try:
    out.write("y")
except ValueError as e:
    print("ValueError:", e)
bio = io.BytesIO()
bio.write(b"\x00\x01binary")
bio.seek(2)
print(bio.read(3), bio.getvalue(), bio.tell(), bio.seek(0, io.SEEK_END))
tw = io.TextIOWrapper(io.BytesIO("héllo\nwörld\n".encode("utf-8")), encoding="utf-8")
print(tw.readlines())
print(sys.version_info[:2] >= (3, 11), sys.maxsize == 2 ** 63 - 1, sys.byteorder, type(sys.argv).__name__, sys.getrecursionlimit())
print(sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit in (15, 30), sys.hash_info.width)
print("flush" in dir(sys.stdout), sys.stdout.write("written\n"), sys.stderr is not sys.stdout, repr(sys.intern("abc")))
