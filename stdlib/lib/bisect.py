"""Bisection algorithms (written in coil).

The functions take (a, x, lo=0, hi=None, *, key=None) and check their
arguments as CPython's C module (_bisect) does, with its messages; as
there, hi=-1 means "to the end" like hi=None.
"""

_PARAMS = ('a', 'x', 'lo', 'hi', 'key')
_MISSING = object()


def _unpack(name, args, kwargs):
    # Argument Clinic's parsing of (a, x, lo=0, hi=None, *, key=None):
    # the same checks in the same order, so the same TypeErrors.
    nargs = len(args)
    if not kwargs and nargs > 4:
        raise TypeError(f"{name}() takes at most 4 positional arguments ({nargs} given)")
    if nargs + len(kwargs) > 5:
        raise TypeError(f"{name}() takes at most 5 {'keyword ' if nargs == 0 else ''}"
                        f"arguments ({nargs + len(kwargs)} given)")
    if nargs > 4:
        raise TypeError(f"{name}() takes at most 4 positional arguments ({nargs} given)")
    values = list(args) + [_MISSING] * (5 - nargs)
    used = 0
    for i in range(nargs, 5):
        param = _PARAMS[i]
        if param in kwargs:
            values[i] = kwargs[param]
            used += 1
        elif i < 2:
            raise TypeError(f"{name}() missing required argument '{param}' (pos {i + 1})")
    if used < len(kwargs):
        for i in range(nargs):
            if _PARAMS[i] in kwargs:
                raise TypeError(f"argument for {name}() given by name ('{_PARAMS[i]}') "
                                f"and position ({i + 1})")
        for k in kwargs:
            if k not in _PARAMS:
                raise TypeError(f"'{k}' is an invalid keyword argument for {name}()")
    a, x, lo, hi, key = values
    lo = 0 if lo is _MISSING else _index(lo)
    if hi is _MISSING or hi is None:
        hi = -1
    elif hasattr(type(hi), '__index__'):
        hi = _index(hi)
    else:
        raise TypeError(f"argument should be integer or None, not '{type(hi).__name__}'")
    if key is _MISSING:
        key = None
    return a, x, lo, hi, key


def _index(n):
    if isinstance(n, int):
        return int(n)
    index = getattr(type(n), '__index__', None)
    if index is None:
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    return index(n)


def _bounds(a, lo, hi):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi == -1:
        hi = len(a)
    return lo, hi


def _right(a, x, lo, hi, key):
    lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo


def _left(a, x, lo, hi, key):
    lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


def bisect_right(*args, **kwargs):
    """Return the index where to insert item x in list a, assuming a is sorted.

    The return value i is such that all e in a[:i] have e <= x, and all e in
    a[i:] have e > x. So if x already appears in the list, a.insert(i, x) will
    insert just after the rightmost x already there.
    Optional args lo (default 0) and hi (default len(a)) bound the slice of a
    to be searched. A custom key function can be supplied to customize the
    sort order.
    """
    return _right(*_unpack('bisect_right', args, kwargs))


def bisect_left(*args, **kwargs):
    """Return the index where to insert item x in list a, assuming a is sorted.

    The return value i is such that all e in a[:i] have e < x, and all e in
    a[i:] have e >= x. So if x already appears in the list, a.insert(i, x) will
    insert just before the leftmost x already there.
    """
    return _left(*_unpack('bisect_left', args, kwargs))


def _insert(a, index, x):
    if type(a) is list:
        list.insert(a, index, x)
    else:
        a.insert(index, x)


def insort_right(*args, **kwargs):
    """Insert item x in list a, and keep it sorted assuming a is sorted.

    If x is already in a, insert it to the right of the rightmost x.
    """
    a, x, lo, hi, key = _unpack('insort_right', args, kwargs)
    _insert(a, _right(a, x if key is None else key(x), lo, hi, key), x)


def insort_left(*args, **kwargs):
    """Insert item x in list a, and keep it sorted assuming a is sorted.

    If x is already in a, insert it to the left of the leftmost x.
    """
    a, x, lo, hi, key = _unpack('insort_left', args, kwargs)
    _insert(a, _left(a, x if key is None else key(x), lo, hi, key), x)


bisect = bisect_right
insort = insort_right
