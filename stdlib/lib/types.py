# types: names for the built-in types (bound by the native _types module,
# stdlib/types_module.cpp), types.coroutine, SimpleNamespace and the
# X | Y unions of annotations.
from _types import (FunctionType, LambdaType, GeneratorType,
                    CoroutineType, AsyncGeneratorType, BuiltinFunctionType,
                    BuiltinMethodType, MethodType, ModuleType,
                    WrapperDescriptorType, MethodWrapperType, MethodDescriptorType,
                    CodeType, CellType, TracebackType,
                    NoneType, NotImplementedType, EllipsisType,
                    GenericAlias, MappingProxyType,
                    _mark_iterable_coroutine)
import sys as _sys
FrameType = type(_sys._getframe())
del _sys

def coroutine(func):
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if _mark_iterable_coroutine(func):
        return func

    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if type(coro) is GeneratorType:
            _mark_iterable_coroutine(coro)
        return coro
    wrapped.__name__ = getattr(func, '__name__', 'wrapped')
    wrapped.__qualname__ = getattr(func, '__qualname__', 'wrapped')
    return wrapped


class SimpleNamespace:
    def __init__(self, /, **kwargs):
        for k in kwargs:
            setattr(self, k, kwargs[k])

    def __repr__(self):
        items = ('{}={!r}'.format(k, v) for k, v in self.__dict__.items())
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        return '{}({})'.format(name, ', '.join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

SimpleNamespace.__module__ = 'types'


class UnionType:
    """Represent a PEP 604 union type: int | str."""
    __slots__ = ('_args',)

    def __init__(self, args):
        self._args = args

    @property
    def __args__(self):
        return self._args

    def __repr__(self):
        return ' | '.join(map(_union_arg_repr, self._args))

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self._args) == set(other._args)

    def __hash__(self):
        return hash(frozenset(self._args))

    def __instancecheck__(self, obj):
        return isinstance(obj, self._checked_args('isinstance'))

    def __subclasscheck__(self, cls):
        return issubclass(cls, self._checked_args('issubclass'))

    def _checked_args(self, fname):
        for arg in self._args:
            if isinstance(arg, GenericAlias):
                raise TypeError(f'{fname}() argument 2 cannot be a parameterized generic')
        return self._args

UnionType.__module__ = 'types'


def _union_arg_repr(arg):
    if arg is NoneType:
        return 'None'
    if isinstance(arg, type) and not isinstance(arg, GenericAlias):
        if arg.__module__ == 'builtins':
            return arg.__qualname__
        return f'{arg.__module__}.{arg.__qualname__}'
    return repr(arg)


# X | Y for classes, None and unions (called by type.__or__ / __ror__).
def _union(a, b):
    args = []
    for x in (a, b):
        if isinstance(x, UnionType):
            args.extend(x._args)
        else:
            args.append(NoneType if x is None else x)
    unique = []
    for x in args:
        if x not in unique:
            unique.append(x)
    if len(unique) == 1:
        return unique[0]
    return UnionType(tuple(unique))


# ---- dynamic class creation (CPython's Lib/types.py)

def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        else:
            new_bases[i+shift:i+shift+1] = new_base
            shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds) as a 3-tuple."""
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        if bases:
            meta = type(bases[0])
        else:
            meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    """Calculate the most derived metaclass."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner
