"""Names for type hints (written in coil).

coil does not check types; like CPython at run time, these objects exist so
that annotations evaluate and programs that import them run.  Subscripting
gives an alias that remembers its origin and arguments.
"""

import collections as _collections
import collections.abc as _abc
import contextlib as _contextlib
import sys as _sys
import types as _types

TYPE_CHECKING = False


class _Alias:
    """typing.X[...] : an origin with arguments."""

    def __init__(self, name, origin=None, args=()):
        self._name = name
        self.__origin__ = origin
        self.__args__ = args

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _Alias(self._name, self.__origin__, params)

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError(f'Type {self._name} cannot be instantiated; use {self._name.lower()}() instead')
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,) if self.__origin__ is not None else ()

    # isinstance(x, typing.Iterable) asks the origin; a subscripted alias refuses (as CPython).
    def __instancecheck__(self, obj):
        return isinstance(obj, self._check_origin('isinstance'))

    def __subclasscheck__(self, cls):
        return issubclass(cls, self._check_origin('issubclass'))

    def _check_origin(self, check):
        if self.__args__:
            raise TypeError('Subscripted generics cannot be used with class and instance checks')
        if self.__origin__ is None:
            raise TypeError(f'{self!r} cannot be used with {check}()')
        return self.__origin__

    def __eq__(self, other):
        if not isinstance(other, _Alias):
            return NotImplemented
        return self._name == other._name and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        if not self.__args__:
            return 'typing.' + self._name
        return 'typing.%s[%s]' % (self._name, ', '.join(map(_type_repr, self.__args__)))


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, _Alias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    if isinstance(obj, list):
        return '[' + ', '.join(map(_type_repr, obj)) + ']'
    return repr(obj)


class _SpecialForm(_Alias):
    def __call__(self, *args, **kwargs):
        raise TypeError(f'Cannot instantiate typing.{self._name}')


class _UnionForm(_SpecialForm):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        flat = []
        for p in params:
            if isinstance(p, _Alias) and p._name == 'Union' and p.__args__:
                flat.extend(p.__args__)
            else:
                flat.append(type(None) if p is None else p)
        unique = []
        for p in flat:
            if p not in unique:
                unique.append(p)
        if len(unique) == 1:
            return unique[0]
        return _UnionAlias('Union', None, tuple(unique))


class _UnionAlias(_Alias):
    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return 'typing.Optional[%s]' % _type_repr(other)
        return 'typing.Union[%s]' % ', '.join(map(_type_repr, args))


class _OptionalForm(_SpecialForm):
    def __getitem__(self, param):
        return Union[param, None]


class _AnyForm(_SpecialForm):
    # 3.11's Any is a class: issubclass(x, Any) is False, isinstance refuses.
    def __subclasscheck__(self, cls):
        return False


Any = _AnyForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
ClassVar = _SpecialForm('ClassVar')
Final = _SpecialForm('Final')
Literal = _SpecialForm('Literal')
TypeAlias = _SpecialForm('TypeAlias')
Concatenate = _SpecialForm('Concatenate')
TypeGuard = _SpecialForm('TypeGuard')
Required = _SpecialForm('Required')
NotRequired = _SpecialForm('NotRequired')
Annotated = _SpecialForm('Annotated')
Union = _UnionForm('Union')
Optional = _OptionalForm('Optional')

List = _Alias('List', list)
Dict = _Alias('Dict', dict)
Set = _Alias('Set', set)
FrozenSet = _Alias('FrozenSet', frozenset)
Tuple = _Alias('Tuple', tuple)
Type = _Alias('Type', type)
Deque = _Alias('Deque', _collections.deque)
DefaultDict = _Alias('DefaultDict', _collections.defaultdict)
OrderedDict = _Alias('OrderedDict', _collections.OrderedDict)
Counter = _Alias('Counter', _collections.Counter)
ChainMap = _Alias('ChainMap', _collections.ChainMap)
Text = str

Callable = _Alias('Callable', _abc.Callable)
Iterable = _Alias('Iterable', _abc.Iterable)
Iterator = _Alias('Iterator', _abc.Iterator)
Generator = _Alias('Generator', _abc.Generator)
Reversible = _Alias('Reversible', _abc.Reversible)
Container = _Alias('Container', _abc.Container)
Collection = _Alias('Collection', _abc.Collection)
Hashable = _Alias('Hashable', _abc.Hashable)
Sized = _Alias('Sized', _abc.Sized)
Sequence = _Alias('Sequence', _abc.Sequence)
MutableSequence = _Alias('MutableSequence', _abc.MutableSequence)
Mapping = _Alias('Mapping', _abc.Mapping)
MutableMapping = _Alias('MutableMapping', _abc.MutableMapping)
AbstractSet = _Alias('AbstractSet', _abc.Set)
MutableSet = _Alias('MutableSet', _abc.MutableSet)
ItemsView = _Alias('ItemsView', _abc.ItemsView)
KeysView = _Alias('KeysView', _abc.KeysView)
ValuesView = _Alias('ValuesView', _abc.ValuesView)
Awaitable = _Alias('Awaitable', _abc.Awaitable)
Coroutine = _Alias('Coroutine', _abc.Coroutine)
AsyncIterable = _Alias('AsyncIterable', _abc.AsyncIterable)
AsyncIterator = _Alias('AsyncIterator', _abc.AsyncIterator)
AsyncGenerator = _Alias('AsyncGenerator', _abc.AsyncGenerator)
ContextManager = _Alias('ContextManager', _contextlib.AbstractContextManager)
AsyncContextManager = _Alias('AsyncContextManager', _contextlib.AbstractAsyncContextManager)
SupportsInt = _Alias('SupportsInt')
SupportsFloat = _Alias('SupportsFloat')
SupportsAbs = _Alias('SupportsAbs')
SupportsRound = _Alias('SupportsRound')
SupportsIndex = _Alias('SupportsIndex')


class TypeVar:
    """Type variable."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)


class ParamSpec(TypeVar):
    pass


class TypeVarTuple(TypeVar):
    pass


def _collect_parameters(args):
    """The type variables in args, each once, in order of first appearance."""
    params = []
    for a in args:
        found = (a,) if isinstance(a, TypeVar) else getattr(a, '__parameters__', ())
        if not isinstance(found, tuple):
            continue
        for p in found:
            if p not in params:
                params.append(p)
    return tuple(params)


# C[int] for a user generic class C: its origin and arguments. (No
# docstring: an alias's __doc__ is None, as CPython's is.)
class _GenericAlias:

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        self.__module__ = origin.__module__

    def __repr__(self):
        name = 'typing.Generic' if self.__origin__ is Generic else _type_repr(self.__origin__)
        return '%s[%s]' % (name, ', '.join(map(_type_repr, self.__args__)))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __getattr__(self, name):
        if name in ('__name__', '__qualname__'):
            return self.__origin__.__name__
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __mro_entries__(self, bases):
        # Generic[...] next to another subscripted generic base adds nothing.
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _GenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class Generic:
    """Abstract base class for generic types: class C(Generic[T])."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls in (Generic, Protocol):
            if not all(isinstance(p, TypeVar) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                "or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            expected = len(cls.__dict__.get('__parameters__', ()))
            if expected != len(params):
                raise TypeError(f"Too {'many' if len(params) > expected else 'few'} arguments for {cls}; "
                                f"actual {len(params)}, expected {expected}")
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = ()
        if '__orig_bases__' in cls.__dict__:
            tvars = _collect_parameters(cls.__orig_bases__)
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                    missing = [t for t in tvars if t not in base.__parameters__]
                    if missing:
                        raise TypeError(f"Some type variables ({', '.join(map(str, missing))}) "
                                        f"are not listed in {base.__origin__.__name__}"
                                        f"[{', '.join(map(str, base.__parameters__))}]")
                    tvars = base.__parameters__
        cls.__parameters__ = tvars


# Names a protocol class defines that are not members of the protocol.
_PROTO_SPECIAL = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__',
    '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__',
    '__class_getitem__', '__qualname__', '__parameters__', '__orig_bases__',
    '__init_subclass__', '__protocol_attrs__', '_is_protocol', '_is_runtime_protocol',
})


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:  # without object
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        names = list(base.__dict__) + list(base.__dict__.get('__annotations__', {}))
        for name in names:
            if not name.startswith('_abc_') and name not in _PROTO_SPECIAL:
                attrs.add(name)
    return attrs


class _ProtocolMeta(type):
    """isinstance() against a @runtime_checkable protocol checks the members structurally."""

    def __instancecheck__(cls, instance):
        if not getattr(cls, '_is_protocol', False) or type.__instancecheck__(cls, instance):
            return type.__instancecheck__(cls, instance)
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")
        for attr in _protocol_attrs(cls):
            try:
                val = getattr(instance, attr)
            except AttributeError:
                return False
            if val is None and callable(getattr(cls, attr, None)):
                return False
        return True

    def __subclasscheck__(cls, other):
        if not getattr(cls, '_is_protocol', False):
            return type.__subclasscheck__(cls, other)
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")
        if not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        for attr in _protocol_attrs(cls):
            if not any(attr in base.__dict__ for base in other.__mro__):
                return False
        return True


def _no_init_or_replace_init(self, *args, **kwargs):
    raise TypeError('Protocols cannot be instantiated')


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes: structural checks with @runtime_checkable."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if cls._is_protocol:
            if cls.__init__ is Protocol.__init__:
                cls.__init__ = _no_init_or_replace_init
        elif cls.__init__ is _no_init_or_replace_init:
            # A concrete class built on a protocol gets the first real __init__ of its MRO.
            for base in cls.__mro__:
                init = base.__dict__.get('__init__', _no_init_or_replace_init)
                if init is not _no_init_or_replace_init:
                    cls.__init__ = init
                    break


def runtime_checkable(cls):
    """Lets isinstance()/issubclass() check a protocol's members at run time."""
    if not issubclass(type(cls), _ProtocolMeta) or not cls._is_protocol:
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


def final(f):
    return f


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            'You should not call an overloaded function. '
            'A series of @typing.overload-decorated functions '
            'outside a stub module should always be followed '
            'by an implementation that is not @typing.overload-decorated.')
    return _overload_dummy


def no_type_check(arg):
    return arg


def cast(typ, val):
    """Cast a value to a type (returns the value unchanged)."""
    return val


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    import sys
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return the annotations of a function, class or module (strings are evaluated)."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            for name, value in ann.items():
                hints[name] = _eval_hint(value, globalns, localns)
        return hints
    for name, value in getattr(obj, '__annotations__', {}).items():
        hints[name] = _eval_hint(value, globalns if globalns is not None
                                 else getattr(obj, '__globals__', None), localns)
    return hints


def _eval_hint(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        return eval(value, globalns, localns)
    return value


def get_origin(tp):
    if tp is Generic:
        return Generic
    if isinstance(tp, _types.UnionType):
        return _types.UnionType
    if isinstance(tp, _Alias) and tp.__origin__ is None and tp.__args__:
        # A subscripted special form (Literal[...], Union[...], ClassVar[...],
        # Annotated[...]): its origin is the form itself, as CPython's.
        form = globals().get(tp._name)
        if isinstance(form, _SpecialForm):
            return form
    return getattr(tp, '__origin__', None)


def get_args(tp):
    return getattr(tp, '__args__', ())


def NewType(name, tp):
    """NewType creates simple unique types with almost zero runtime overhead."""
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


# Attributes the class body of a NamedTuple may not define, and the ones
# its namespace carries that are not copied onto the class (CPython's lists).
_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                         '_fields', '_field_defaults',
                         '_make', '_replace', '_asdict', '_source'})
_special = frozenset({'__module__', '__name__', '__annotations__', '__qualname__',
                      '__classcell__'})


def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    types = {n: t for n, t in types}
    nm_tpl = _collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = types
    return nm_tpl


class NamedTupleMeta(type):
    """Turns `class P(NamedTuple): x: int` into a collections.namedtuple class."""

    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns['__module__'])
        if '__qualname__' in ns:
            nm_tpl.__qualname__ = ns['__qualname__']
        # The body's methods, without overriding the namedtuple machinery.
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: NamedTuple('P', [('x', int)]) or a class statement."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords"
                        " can be provided to NamedTuple, not both")
    try:
        module = _sys._getframe(1).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        module = '__main__'
    return _make_nmtuple(typename, list(fields), module=module)


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    """Makes `class Movie(TypedDict, total=False): ...` a dict subclass that records its
    keys; calling it builds a plain dict, and isinstance checks are refused, as in CPython."""

    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        generic = (Generic,) if Generic in bases else ()
        tp = type.__new__(_TypedDictMeta, name, (*generic, dict), ns)
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        own = ns.get('__annotations__', {})
        annotations.update(own)
        for key in own:
            (required if total else optional).add(key)
        tp.__annotations__ = annotations
        tp.__required_keys__ = frozenset(required)
        tp.__optional_keys__ = frozenset(optional)
        tp.__total__ = total
        return tp

    __call__ = dict  # a TypedDict's instances are plain dicts

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with declared keys: TypedDict('Movie', {'name': str}) or a class statement."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    ns = {'__annotations__': dict(fields)}
    try:
        ns['__module__'] = _sys._getframe(1).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        pass
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries
