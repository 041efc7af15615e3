"""Functions run when the program ends (written in coil).

The handlers run in reverse order of registration once the program is over:
after its last line, after sys.exit(), or after an uncaught exception's
report, when the VM shuts down (coil::VM's destructor). A handler's
exception is reported as CPython does ("Exception ignored in atexit
callback") and the others still run.
"""

import sys as _sys

__all__ = ['register', 'unregister']

# (func, args, kwargs), in registration order.
_handlers = []


def register(func, /, *args, **kwargs):
    """Register func to be called with args and kwargs at exit; returns func (a decorator)."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _handlers.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Remove every registration of func (compared with ==)."""
    _handlers[:] = [h for h in _handlers if not (h[0] == func)]


def _clear():
    """Forget every handler."""
    _handlers.clear()


def _ncallbacks():
    """How many handlers are registered."""
    return len(_handlers)


def _run_exitfuncs():
    """Call the handlers, last registered first, reporting their errors."""
    while _handlers:
        func, args, kwargs = _handlers.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            _report(func, exc)


def _report(func, exc):
    try:
        import traceback
        text = "Exception ignored in atexit callback: %r\n" % (func,)
        text += ''.join(traceback.format_exception(exc))
        _sys.stderr.write(text)
    except BaseException:
        pass
