# signal: handlers set, read back and run through raise_signal; CPython's checks and names.
import signal

print(repr(signal.SIGINT), int(signal.SIGTERM), signal.SIGINT == 2, repr(signal.SIG_IGN), repr(signal.SIG_DFL))
print(signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGPIPE))
print(signal.strsignal(signal.SIGINT), signal.strsignal(15), signal.strsignal(34), signal.NSIG)
print(signal.Signals(15), repr(signal.Signals["SIGUSR1"]), len(signal.valid_signals()), signal.SIGUSR1 in signal.valid_signals())

received = []


def handler(signum, frame):
    received.append(signal.Signals(signum).name)


old = signal.signal(signal.SIGUSR1, handler)
print(old, signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
signal.signal(signal.SIGINT, handler)
signal.raise_signal(signal.SIGINT)
print(received)
print(signal.signal(signal.SIGINT, signal.SIG_IGN) is handler)
signal.raise_signal(signal.SIGINT)
print(received, signal.getsignal(signal.SIGINT))
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
for args in ((99, signal.SIG_DFL), (signal.SIGKILL, signal.SIG_IGN), (signal.SIGTERM, 5), ("x", signal.SIG_IGN)):
    try:
        signal.signal(*args)
    except (ValueError, OSError, TypeError) as e:
        print(type(e).__name__, e)
try:
    signal.getsignal(0)
except ValueError as e:
    print("ValueError", e)
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))

# expect: <Signals.SIGINT: 2> 15 True <Handlers.SIG_IGN: 1> <Handlers.SIG_DFL: 0>
# expect: <built-in function default_int_handler> 0 1
# expect: Interrupt Terminated Real-time signal 0 65
# expect: 15 <Signals.SIGUSR1: 10> 62 True
# expect: 0 True
# expect: ['SIGUSR1', 'SIGINT']
# expect: True
# expect: ['SIGUSR1', 'SIGINT'] 1
# expect: KeyboardInterrupt
# expect: ValueError signal number out of range
# expect: OSError [Errno 22] Invalid argument
# expect: TypeError signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: ValueError signal number out of range
# expect: KeyboardInterrupt KeyboardInterrupt()
