"""Generic (shallow and deep) copying operations (written in coil).

copy(x) makes a shallow copy, deepcopy(x) a deep one. A class controls its
copies with __copy__(self) and __deepcopy__(self, memo), or with
__reduce_ex__/__reduce__ and __getstate__/__setstate__ as CPython's pickle
protocol 4 defines them. Other instances are rebuilt as CPython's
object.__reduce_ex__(4) would: cls.__new__(cls, *__getnewargs__()), then
their __dict__ and __slots__, then the items of a list or dict subclass.
"""

import types

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error  # the old name


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce_ex(x)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce_ex(x)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # An object that is its own copy is not remembered.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


# ---------------------------------------------------------------- dispatch

def _copy_immutable(x):
    return x


_copy_dispatch = {}
for _t in (type(None), int, float, complex, bool, str, tuple, bytes, frozenset, type, range,
           slice, property, types.BuiltinFunctionType, type(Ellipsis),
           type(NotImplemented), types.FunctionType, types.CodeType):
    _copy_dispatch[_t] = _copy_immutable
_copy_dispatch[list] = list.copy
_copy_dispatch[dict] = dict.copy
_copy_dispatch[set] = set.copy


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # A tuple is not memoized, but one of its items may have copied it
    # already (a recursive structure through a mutable item).
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deepcopy_dispatch = {}
for _t in (type(None), type(Ellipsis), type(NotImplemented), int, float, complex, bool, bytes,
           str, types.CodeType, type, range, types.BuiltinFunctionType,
           types.FunctionType, property):
    _deepcopy_dispatch[_t] = _deepcopy_atomic
_deepcopy_dispatch[list] = _deepcopy_list
_deepcopy_dispatch[tuple] = _deepcopy_tuple
_deepcopy_dispatch[dict] = _deepcopy_dict
_deepcopy_dispatch[types.MethodType] = _deepcopy_method
del _t


def _keep_alive(x, memo):
    # Objects are remembered by id: keep x alive as long as the memo, so
    # its id is not reused by a temporary made during the copy.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


# ------------------------------------------------- the reduce protocol

def _reduce_ex(x):
    cls = type(x)
    reductor = getattr(cls, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(x, 4)
    reductor = getattr(cls, "__reduce__", None)
    if reductor is not None:
        return reductor(x)
    return _reduce_default(x)


def _builtin_base(cls):
    # The first class in the MRO that is not written in Python: it decides
    # how the instance's own data is rebuilt.
    for base in cls.__mro__:
        if base.__module__ == 'builtins':
            return base
    return object


def _reduce_default(x):
    # What CPython's object.__reduce_ex__(4) (copyreg's protocol 2 and up)
    # returns: (callable, args, state, listitems, dictitems).
    cls = type(x)
    base = _builtin_base(cls)
    if isinstance(x, BaseException):
        return (cls, x.args, _instance_dict(x))
    if base is set or base is frozenset:
        return (cls, (list(x),), _getstate(x))
    if base is bytearray:
        # bytearray's own __reduce_ex__ (protocol 3 and up)
        return (cls, (bytes(x),), _instance_dict(x))
    if base is type(None):
        raise TypeError("cannot pickle 'NoneType' object")
    if base not in (object, list, dict, tuple, str, bytes, int, float):
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    args, kwargs = _newargs(x, base)
    if kwargs:
        func, args = _newobj_ex, (cls, args, kwargs)
    else:
        func, args = _newobj, (cls,) + args
    listitems = iter(x) if base is list else None
    dictitems = iter(x.items()) if base is dict else None
    return (func, args, _getstate(x), listitems, dictitems)


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _newargs(x, base):
    cls = type(x)
    getnewargs_ex = getattr(cls, "__getnewargs_ex__", None)
    if getnewargs_ex is not None:
        result = getnewargs_ex(x)
        if not isinstance(result, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'"
                            % type(result).__name__)
        if len(result) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, not %d"
                             % len(result))
        args, kwargs = result
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ "
                            "must be a tuple, not '%s'" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ "
                            "must be a dict, not '%s'" % type(kwargs).__name__)
        return args, kwargs
    getnewargs = getattr(cls, "__getnewargs__", None)
    if getnewargs is not None:
        args = getnewargs(x)
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not '%s'"
                            % type(args).__name__)
        return args, None
    if base in (tuple, str, bytes, int, float):
        return (base(x),), None
    return (), None


def _instance_dict(x):
    try:
        d = x.__dict__
    except AttributeError:
        return None
    return dict(d) if d else None


def _slotnames(cls):
    # Every __slots__ name of the class and its bases, private names
    # mangled, __dict__ and __weakref__ left out (copyreg._slotnames).
    names = []
    for c in cls.__mro__:
        if "__slots__" not in c.__dict__:
            continue
        slots = c.__dict__["__slots__"]
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    return names


def _getstate(x):
    getstate = getattr(type(x), "__getstate__", None)
    if getstate is not None:
        return getstate(x)
    state = _instance_dict(x)
    slots = {}
    for name in _slotnames(type(x)):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = (deepcopy(arg, memo) for arg in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                y[key] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y

del types
