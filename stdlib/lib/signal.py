"""Signal handlers (written in coil), with CPython 3.11's names and checks.

Only SIGINT reaches a coil program: Ctrl-C (the host's VM::interrupt(),
which the coil command calls on SIGINT) runs the handler set here, at the
next point where the program can stop, as CPython does; SIG_IGN ignores it
and the default raises KeyboardInterrupt.  Handlers for other signals are
kept and returned by getsignal(), and run by raise_signal(), but the
process's real signals other than SIGINT keep their default action (an
embedded interpreter does not take over the process's signals).
"""

from enum import IntEnum as _IntEnum

__all__ = ['signal', 'getsignal', 'default_int_handler', 'raise_signal', 'strsignal',
           'valid_signals', 'SIG_DFL', 'SIG_IGN', 'NSIG', 'Signals', 'Handlers']

NSIG = 65

Signals = _IntEnum('Signals', [
    ('SIGHUP', 1), ('SIGINT', 2), ('SIGQUIT', 3), ('SIGILL', 4), ('SIGTRAP', 5),
    ('SIGABRT', 6), ('SIGIOT', 6), ('SIGBUS', 7), ('SIGFPE', 8), ('SIGKILL', 9),
    ('SIGUSR1', 10), ('SIGSEGV', 11), ('SIGUSR2', 12), ('SIGPIPE', 13), ('SIGALRM', 14),
    ('SIGTERM', 15), ('SIGSTKFLT', 16), ('SIGCHLD', 17), ('SIGCONT', 18), ('SIGSTOP', 19),
    ('SIGTSTP', 20), ('SIGTTIN', 21), ('SIGTTOU', 22), ('SIGURG', 23), ('SIGXCPU', 24),
    ('SIGXFSZ', 25), ('SIGVTALRM', 26), ('SIGPROF', 27), ('SIGWINCH', 28), ('SIGIO', 29),
    ('SIGPOLL', 29), ('SIGPWR', 30), ('SIGSYS', 31), ('SIGRTMIN', 34), ('SIGRTMAX', 64),
], module=__name__)

Handlers = _IntEnum('Handlers', [('SIG_DFL', 0), ('SIG_IGN', 1)], module=__name__)

Sigmasks = _IntEnum('Sigmasks', [('SIG_BLOCK', 0), ('SIG_UNBLOCK', 1), ('SIG_SETMASK', 2)],
                    module=__name__)

globals().update(Signals.__members__)
globals().update(Handlers.__members__)
globals().update(Sigmasks.__members__)

_DESCRIPTIONS = {
    1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction', 5: 'Trace/breakpoint trap',
    6: 'Aborted', 7: 'Bus error', 8: 'Floating point exception', 9: 'Killed',
    10: 'User defined signal 1', 11: 'Segmentation fault', 12: 'User defined signal 2',
    13: 'Broken pipe', 14: 'Alarm clock', 15: 'Terminated', 16: 'Stack fault',
    17: 'Child exited', 18: 'Continued', 19: 'Stopped (signal)', 20: 'Stopped',
    21: 'Stopped (tty input)', 22: 'Stopped (tty output)', 23: 'Urgent I/O condition',
    24: 'CPU time limit exceeded', 25: 'File size limit exceeded',
    26: 'Virtual timer expired', 27: 'Profiling timer expired', 28: 'Window changed',
    29: 'I/O possible', 30: 'Power failure', 31: 'Bad system call',
}


class _DefaultIntHandler:
    """default_int_handler(signalnum, frame): raise KeyboardInterrupt."""

    __name__ = __qualname__ = 'default_int_handler'

    def __call__(self, *args):
        raise KeyboardInterrupt

    def __repr__(self):
        return '<built-in function default_int_handler>'


default_int_handler = _DefaultIntHandler()

# The handler of each signal, as getsignal() reports it.
_handlers = {n: SIG_DFL for n in range(1, NSIG) if n not in (32, 33)}
_handlers[SIGINT] = default_int_handler
_handlers[SIGPIPE] = SIG_IGN
_handlers[SIGXFSZ] = SIG_IGN

# What the VM does on Ctrl-C: None raises KeyboardInterrupt, False ignores
# it, anything else is called with (SIGINT, None).
_sigint_action = None


def _index(value):
    if isinstance(value, int):
        return value
    try:
        return value.__index__()
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None


def signal(signalnum, handler, /):
    """Set the action for the given signal; return the previous one."""
    signalnum = _index(signalnum)
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")
    if not (handler is SIG_IGN or handler is SIG_DFL or
            (isinstance(handler, int) and handler in (0, 1)) or callable(handler)):
        raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, "
                        "or a callable object")
    if isinstance(handler, int) and not callable(handler):
        handler = Handlers(handler)
    if signalnum in (SIGKILL, SIGSTOP) or signalnum not in _handlers:
        raise OSError(22, 'Invalid argument')
    old = _handlers[signalnum]
    _handlers[signalnum] = handler
    if signalnum == SIGINT:
        global _sigint_action
        if handler is default_int_handler or handler is SIG_DFL:
            _sigint_action = None
        elif handler is SIG_IGN:
            _sigint_action = False
        else:
            _sigint_action = handler
    return old


def getsignal(signalnum, /):
    """Return the current action for the given signal."""
    signalnum = _index(signalnum)
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")
    return _handlers.get(signalnum)


def raise_signal(signalnum, /):
    """Send a signal to the program itself: its handler runs now.

    A signal left at SIG_DFL (other than SIGINT) would end the process in
    CPython; coil cannot do that from inside a VM and raises OSError.
    """
    signalnum = _index(signalnum)
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")
    handler = _handlers.get(signalnum, SIG_DFL)
    if handler is SIG_IGN:
        return
    if handler is SIG_DFL:
        if signalnum == SIGINT:
            raise KeyboardInterrupt
        raise OSError(38, "coil cannot deliver %s to its own process" % Signals(signalnum).name)
    try:
        signum = Signals(signalnum)
    except ValueError:
        signum = signalnum
    handler(signum, None)


def strsignal(signalnum, /):
    """Return the system description of the given signal (None if unknown)."""
    signalnum = _index(signalnum)
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")
    if 34 <= signalnum < NSIG:
        return 'Real-time signal %d' % (signalnum - 34)
    return _DESCRIPTIONS.get(signalnum)


def valid_signals():
    """The signals that may be handled, as a set of Signals (and plain ints)."""
    result = set()
    for n in range(1, NSIG):
        if n in (32, 33):
            continue
        try:
            result.add(Signals(n))
        except ValueError:
            result.add(n)
    return result
