"""Weak references (written in coil) -- NOT weak in coil.

coil's heap has no weak references yet, so a `ref` here keeps its object
alive: `ref()` returns the object for as long as the ref exists, callbacks
never run, and WeakValueDictionary/WeakKeyDictionary/WeakSet hold their
entries until they are removed.  What does not depend on collection works
as in CPython: the API, hashing and equality of refs, proxies forwarding to
their object, and `finalize`, whose callbacks run when called or at exit
(as CPython runs those still alive then).
"""

import atexit as _atexit
import collections.abc as _abc

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]

# The built-in types CPython refuses weak references to.
_NOT_WEAKREFABLE = (int, float, str, bytes, tuple, type(None), bool, list, dict)


class ReferenceType:
    """ref(object[, callback]): a reference to object (kept alive in coil)."""

    __slots__ = ('_obj', '__callback__', '_hash')

    def __init__(self, ob, callback=None):
        if type(ob) in _NOT_WEAKREFABLE:
            raise TypeError("cannot create weak reference to '%s' object" % type(ob).__name__)
        self._obj = ob
        self.__callback__ = callback
        self._hash = None

    def __call__(self):
        return self._obj

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(self._obj)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._obj == other._obj

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return not self._obj == other._obj

    def __repr__(self):
        o = self._obj
        return "<weakref at %#x; to '%s' at %#x>" % (id(self), type(o).__name__, id(o))

    __class_getitem__ = classmethod(type(list[int]))


ref = ReferenceType


class WeakMethod(ReferenceType):
    """A ref to a bound method that refers to its object and function."""

    __slots__ = ('_meth_type',)

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None
        super().__init__(meth, callback)


class ProxyType:
    """proxy(object): forwards attribute access to the object."""

    def __init__(self, ob, callback=None):
        object.__setattr__(self, '_proxied', ob)

    def __getattr__(self, name):
        return getattr(object.__getattribute__(self, '_proxied'), name)

    def __setattr__(self, name, value):
        setattr(object.__getattribute__(self, '_proxied'), name, value)

    def __delattr__(self, name):
        delattr(object.__getattribute__(self, '_proxied'), name)

    def __repr__(self):
        o = object.__getattribute__(self, '_proxied')
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(o).__name__, id(o))

    def __str__(self):
        return str(object.__getattribute__(self, '_proxied'))

    def __len__(self):
        return len(object.__getattribute__(self, '_proxied'))

    def __iter__(self):
        return iter(object.__getattribute__(self, '_proxied'))

    def __getitem__(self, key):
        return object.__getattribute__(self, '_proxied')[key]

    def __setitem__(self, key, value):
        object.__getattribute__(self, '_proxied')[key] = value

    def __contains__(self, item):
        return item in object.__getattribute__(self, '_proxied')

    def __eq__(self, other):
        return object.__getattribute__(self, '_proxied') == other

    def __bool__(self):
        return bool(object.__getattribute__(self, '_proxied'))

    __hash__ = None


class CallableProxyType(ProxyType):
    def __call__(self, *args, **kwargs):
        return object.__getattribute__(self, '_proxied')(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(ob, callback=None):
    """A proxy to ob: attribute access and operations go to ob."""
    return CallableProxyType(ob, callback) if callable(ob) else ProxyType(ob, callback)


def getweakrefcount(ob):
    """coil does not track the refs to an object: 0."""
    return 0


def getweakrefs(ob):
    """coil does not track the refs to an object: []."""
    return []


class WeakValueDictionary(_abc.MutableMapping):
    """Mapping whose values are meant to be weakly referenced (kept alive in coil)."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def copy(self):
        return self.__class__(self.data)

    __copy__ = copy

    def itervaluerefs(self):
        return (ref(v) for v in list(self.data.values()))

    def valuerefs(self):
        return [ref(v) for v in self.data.values()]

    def __or__(self, other):
        if isinstance(other, _abc.Mapping):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented


class WeakKeyDictionary(_abc.MutableMapping):
    """Mapping whose keys are meant to be weakly referenced (kept alive in coil)."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        ref(key)  # the same TypeError as CPython for ints, strs, ...
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        try:
            return key in self.data
        except TypeError:
            return False

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def copy(self):
        return self.__class__(self.data)

    __copy__ = copy

    def keyrefs(self):
        return [ref(k) for k in self.data]


class WeakSet(_abc.MutableSet):
    """A set whose elements are meant to be weakly referenced (kept alive in coil)."""

    def __init__(self, data=None):
        self.data = {}
        if data is not None:
            for item in data:
                self.add(item)

    def __iter__(self):
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        try:
            return item in self.data
        except TypeError:
            return False

    def add(self, item):
        ref(item)
        self.data[item] = None

    def discard(self, item):
        self.data.pop(item, None)

    def remove(self, item):
        del self.data[item]

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        if not self.data:
            raise KeyError('pop from empty WeakSet')
        item = next(iter(self.data))
        del self.data[item]
        return item

    def update(self, other):
        for item in other:
            self.add(item)

    def __repr__(self):
        return repr({ref(item) for item in self.data})

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def union(self, other):
        return self | WeakSet(other)

    def difference(self, other):
        return self - WeakSet(other)

    def intersection(self, other):
        return self & WeakSet(other)

    def issubset(self, other):
        return self <= WeakSet(other)

    def issuperset(self, other):
        return self >= WeakSet(other)


class finalize:
    """finalize(obj, func, *args, **kwargs): call func(*args, **kwargs) once.

    The call happens when the finalizer is called or detached, or at exit
    (coil's objects are not collected while a finalizer refers to them).
    """

    __slots__ = ('_obj', '_func', '_args', '_kwargs', 'atexit', '_index')

    # Alive finalizers, in creation order.
    _registry = {}
    _index_counter = 0
    _registered_with_atexit = False

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            _atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        ref(obj)
        self._obj = obj
        self._func = func
        self._args = args
        self._kwargs = kwargs or None
        self.atexit = True
        finalize._index_counter += 1
        self._index = finalize._index_counter
        finalize._registry[self] = self._index

    def __call__(self, _=None):
        """If alive then mark as dead and return func(*args, **kwargs); otherwise return None."""
        if finalize._registry.pop(self, None) is not None:
            return self._func(*self._args, **(self._kwargs or {}))

    def detach(self):
        """If alive then mark as dead and return (obj, func, args, kwargs); otherwise return None."""
        if finalize._registry.pop(self, None) is not None:
            return (self._obj, self._func, self._args, self._kwargs or {})

    def peek(self):
        """If alive then return (obj, func, args, kwargs); otherwise return None."""
        if self in finalize._registry:
            return (self._obj, self._func, self._args, self._kwargs or {})

    @property
    def alive(self):
        """Whether finalizer is alive."""
        return self in finalize._registry

    def __repr__(self):
        if self in finalize._registry:
            return '<%s object at %#x; for %r at %#x>' % (
                type(self).__name__, id(self), type(self._obj).__name__, id(self._obj))
        return '<%s object at %#x; dead>' % (type(self).__name__, id(self))

    @classmethod
    def _exitfunc(cls):
        # Newest first, as CPython's does.
        pending = sorted(cls._registry.items(), key=lambda item: item[1], reverse=True)
        for f, index in pending:
            if f.atexit:
                try:
                    f()
                except Exception:
                    import sys
                    import traceback
                    sys.stderr.write("Exception ignored in: %r\n" % (f,))
                    traceback.print_exc()
