"""greenlet: green threads (the API of greenlet 2.0).

A greenlet is a chain of coil's heap frames (vm/chain.hpp): switching to
another greenlet parks the running frames and resumes the target's, inside
the dispatch loop, with no stack copying. A switch that would have to cross
a native C++ frame (inside a sorted() key, a __repr__ called by print, a
builtin iterator...) raises greenlet.error instead.
"""

import _greenlet
from _greenlet import _switch, state as _state

__version__ = '2.0.2'

__all__ = ['greenlet', 'getcurrent', 'GreenletExit', 'error', 'settrace', 'gettrace']

# Chain states (_greenlet.state) and switch modes (_greenlet._switch).
_NEW, _RUNNING, _SUSPENDED, _DEAD = 0, 1, 2, 3
_SEND, _THROW, _FINISH = 0, 1, 2


class error(Exception):
    pass


class GreenletExit(BaseException):
    pass


_greenlet.set_error(error)
_trace = None


def _pack(args, kwargs):
    # What a switch(*args, **kwargs) returns in the greenlet switched to.
    if kwargs:
        return (args, kwargs) if args else kwargs
    if len(args) == 1:
        return args[0]
    return args


def _bootstrap(self, value):
    # The first frame of every greenlet's chain: runs `run`, then hands its
    # result (or exception) to the first parent still alive.
    args, kwargs = value
    try:
        if args is None:  # thrown into before it started
            raise kwargs
        run = self.run
        self.__dict__.pop('run', None)
        result = run(*args, **kwargs)
        mode = _SEND
    except GreenletExit as e:
        result = e
        mode = _SEND
    except BaseException as e:
        result = e
        mode = _THROW
    parent = self._gr_parent
    while _greenlet.state(parent._gr_chain) == _DEAD:
        parent = parent._gr_parent
    if _greenlet.state(parent._gr_chain) == _NEW:
        result = ((result,), {}) if mode == _SEND else (None, result)
        mode = _SEND
    if _trace is not None:
        _call_trace('switch' if mode == _SEND else 'throw', parent)
    _switch(parent._gr_chain, mode | _FINISH, result)


def _exception(typ, val, tb):
    # The exception throw(typ, val, tb) raises, made as `raise` would.
    if isinstance(typ, BaseException):
        if val is not None:
            raise TypeError('instance exception may not have a separate value')
        exc = typ
    elif isinstance(typ, type) and issubclass(typ, BaseException):
        if val is None:
            exc = typ()
        elif isinstance(val, typ):
            exc = val
        elif isinstance(val, tuple):
            exc = typ(*val)
        else:
            exc = typ(val)
    else:
        raise TypeError('exceptions must be classes, or instances, not %s' % type(typ).__name__)
    if tb is not None:
        exc = exc.with_traceback(tb)
    return exc


def _check_greenlet(g):
    if not isinstance(g, greenlet):
        raise TypeError('GreenletChecker: Expected any type of greenlet, not %s' % type(g).__name__)


class greenlet:
    """greenlet(run=None, parent=None): a green thread running run(*args,
    **kwargs) when first switched to; switch() passes values in and out."""

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._gr_chain = _greenlet.chain(_bootstrap, self)
        self._gr_parent = getcurrent()
        self._gr_main = False
        return self

    def __init__(self, run=None, parent=None):
        if run is not None:
            self.run = run
        if parent is not None:
            self.parent = parent

    def switch(self, *args, **kwargs):
        """Switch to this greenlet: its pending switch() returns the
        arguments (one value, a tuple, a dict of keywords, or both), or a
        greenlet not started yet calls run(*args, **kwargs)."""
        chain = self._gr_chain
        if _trace is None and _state(chain) == _SUSPENDED:
            # The common case, kept short.
            if kwargs or len(args) != 1:
                return _switch(chain, _SEND, _pack(args, kwargs))
            return _switch(chain, _SEND, args[0])
        target = self
        while _state(target._gr_chain) == _DEAD:
            target = target._gr_parent
        if _trace is not None:
            _call_trace('switch', target)
        if _state(target._gr_chain) == _NEW:
            if not hasattr(target, 'run'):
                raise AttributeError('run')
            return _switch(target._gr_chain, _SEND, (args, kwargs))
        return _switch(target._gr_chain, _SEND, _pack(args, kwargs))

    def throw(self, typ=None, val=None, tb=None):
        """Switch to this greenlet and raise an exception there
        (GreenletExit by default)."""
        exc = _exception(GreenletExit if typ is None else typ, val, tb)
        target = self
        while _greenlet.state(target._gr_chain) == _DEAD:
            target = target._gr_parent
        if _trace is not None:
            _call_trace('throw', target)
        if _greenlet.state(target._gr_chain) == _NEW:
            return _switch(target._gr_chain, _SEND, (None, exc))
        return _switch(target._gr_chain, _THROW, exc)

    @property
    def parent(self):
        return self._gr_parent

    @parent.setter
    def parent(self, parent):
        if self._gr_main:
            raise AttributeError('cannot set the parent of a main greenlet')
        _check_greenlet(parent)
        p = parent
        while p is not None:
            if p is self:
                raise ValueError('cyclic parent chain')
            p = p._gr_parent
        self._gr_parent = parent

    @parent.deleter
    def parent(self):
        raise AttributeError("can't delete attribute")

    @property
    def dead(self):
        return _greenlet.state(self._gr_chain) == _DEAD

    @property
    def gr_frame(self):
        # coil has no frame objects.
        return None

    @property
    def gr_context(self):
        return None

    def __bool__(self):
        return _greenlet.state(self._gr_chain) in (_RUNNING, _SUSPENDED)

    def __repr__(self):
        cls = type(self)
        name = cls.__name__ if cls.__module__ == 'builtins' else '%s.%s' % (cls.__module__, cls.__qualname__)
        state = _greenlet.state(self._gr_chain)
        if state == _NEW:
            flags = ' pending'
            otid = '0x(nil)'
        elif state == _DEAD:
            flags = ' dead'
            otid = '0x%x' % id(_main_of(self))
        else:
            flags = ' current' if state == _RUNNING else ' suspended'
            flags += ' active started'
            if self._gr_main:
                flags += ' main'
            otid = '0x%x' % id(_main_of(self))
        return '<%s object at 0x%x (otid=%s)%s>' % (name, id(self), otid, flags)

    GreenletExit = GreenletExit
    error = error

    @staticmethod
    def getcurrent():
        return getcurrent()

    @staticmethod
    def settrace(callback):
        return settrace(callback)

    @staticmethod
    def gettrace():
        return gettrace()


def _main_of(g):
    while g._gr_parent is not None:
        g = g._gr_parent
    return g


def getcurrent():
    """The greenlet running now (the main greenlet outside any other)."""
    chain = _greenlet.current()
    g = _greenlet.owner(chain)
    if g is None:
        # The first call in this VM: the program's own frames are the main greenlet.
        g = object.__new__(greenlet)
        g._gr_chain = chain
        g._gr_parent = None
        g._gr_main = True
        _greenlet.set_owner(chain, g)
    return g


def _call_trace(event, target):
    origin = getcurrent()
    if origin is not target:
        _trace(event, (origin, target))


def settrace(callback):
    """callback(event, (origin, target)) is called before every switch
    ('switch' or 'throw'); returns the previous one."""
    global _trace
    old, _trace = _trace, callback
    return old


def gettrace():
    return _trace
