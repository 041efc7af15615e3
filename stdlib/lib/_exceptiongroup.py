"""BaseExceptionGroup and ExceptionGroup (PEP 654) with CPython 3.11's
checks and messages, and the two helpers of `except*`.

The VM loads this module the first time a program names either class (they
are builtins) or runs an `except*` clause; it then puts both classes in the
builtins.
"""


def _is_sequence(obj):
    # PySequence_Check: a __getitem__ that is not a dict's.
    return not isinstance(obj, dict) and hasattr(type(obj), '__getitem__')


class BaseExceptionGroup(BaseException):
    """A combination of multiple unrelated exceptions."""

    __module__ = 'builtins'

    def __new__(cls, *args, **kwargs):
        if kwargs:
            raise TypeError(f'{cls.__name__}() takes no keyword arguments')
        if len(args) != 2:
            raise TypeError(
                f'BaseExceptionGroup.__new__() takes exactly 2 arguments ({len(args)} given)')
        message, exceptions = args
        if not isinstance(message, str):
            raise TypeError('BaseExceptionGroup.__new__() argument 1 must be str, '
                            f'not {type(message).__name__}')
        if not _is_sequence(exceptions):
            raise TypeError('second argument (exceptions) must be a sequence')
        excs = tuple(exceptions)
        if not excs:
            raise ValueError('second argument (exceptions) must be a non-empty sequence')
        nested_base = False
        for i, e in enumerate(excs):
            if not isinstance(e, BaseException):
                raise ValueError(f'Item {i} of second argument (exceptions) is not an exception')
            if not isinstance(e, Exception):
                nested_base = True
        if cls is BaseExceptionGroup:
            if not nested_base:
                cls = ExceptionGroup
        elif nested_base and issubclass(cls, Exception):
            if cls is ExceptionGroup:
                raise TypeError('Cannot nest BaseExceptions in an ExceptionGroup')
            raise TypeError(f'Cannot nest BaseExceptions in {cls.__name__!r}')
        self = BaseException.__new__(cls, message, exceptions)
        self._eg_message = message
        self._eg_exceptions = excs
        return self

    def __init__(self, *args, **kwargs):
        BaseException.__init__(self, *args)

    @property
    def message(self):
        """exception message"""
        return self._eg_message

    @property
    def exceptions(self):
        """nested exceptions"""
        return self._eg_exceptions

    def __str__(self):
        n = len(self._eg_exceptions)
        return f"{self._eg_message} ({n} sub-exception{'s' if n > 1 else ''})"

    def derive(self, excs, /):
        return BaseExceptionGroup(self._eg_message, excs)

    def subgroup(self, matcher_value, /):
        return _split(self, _matcher(matcher_value), False)[0]

    def split(self, matcher_value, /):
        return _split(self, _matcher(matcher_value), True)

    # types.GenericAlias, as list[int] makes it.
    __class_getitem__ = vars(list)['__class_getitem__']


class ExceptionGroup(BaseExceptionGroup, Exception):
    __module__ = 'builtins'


def _matcher(value):
    """A function telling whether an exception matches `value` (CPython's
    get_matcher_type)."""
    if callable(value) and not isinstance(value, type):
        return lambda exc: bool(value(exc))
    if isinstance(value, type) and issubclass(value, BaseException):
        return lambda exc: isinstance(exc, value)
    if isinstance(value, tuple):
        for item in value:
            if not (isinstance(item, type) and issubclass(item, BaseException)):
                break
        else:
            return lambda exc: isinstance(exc, value)
    raise TypeError('expected a function, exception type or tuple of exception types')


def _derive_and_copy(eg, excs):
    new = eg.derive(excs)
    if not isinstance(new, BaseExceptionGroup):
        raise TypeError('derive must return an instance of BaseExceptionGroup')
    new.__cause__ = eg.__cause__
    new.__context__ = eg.__context__
    new.__suppress_context__ = eg.__suppress_context__
    new.__traceback__ = eg.__traceback__
    notes = getattr(eg, '__notes__', None)
    if notes is not None and _is_sequence(notes):
        new.__notes__ = list(notes)
    return new


def _split(exc, matches, construct_rest):
    """(match, rest) of CPython's exceptiongroup_split_recursive."""
    if matches(exc):
        return exc, None
    if not isinstance(exc, BaseExceptionGroup):
        return None, exc if construct_rest else None
    match_list = []
    rest_list = []
    for e in exc.exceptions:
        m, r = _split(e, matches, construct_rest)
        if m is not None:
            match_list.append(m)
        if construct_rest and r is not None:
            rest_list.append(r)
    match = _derive_and_copy(exc, match_list) if match_list else None
    rest = _derive_and_copy(exc, rest_list) if rest_list else None
    return match, rest


def _check_match(exc, match_type):
    """except* T: (match, rest) of the exception being handled; a naked
    exception that matches is wrapped in an ExceptionGroup."""
    for t in match_type if isinstance(match_type, tuple) else (match_type,):
        if not (isinstance(t, type) and issubclass(t, BaseException)):
            raise TypeError('catching classes that do not inherit from BaseException is not allowed')
        if issubclass(t, BaseExceptionGroup):
            raise TypeError('catching ExceptionGroup with except* is not allowed. '
                            'Use except instead.')
    if exc is None:
        return None, None
    if isinstance(exc, match_type):
        if isinstance(exc, BaseExceptionGroup):
            return exc, None
        return BaseExceptionGroup('', (exc,)), None
    if isinstance(exc, BaseExceptionGroup):
        return exc.split(match_type)
    return None, exc


def _leaf_ids(exc, ids):
    if isinstance(exc, BaseExceptionGroup):
        for e in exc.exceptions:
            _leaf_ids(e, ids)
    else:
        ids.add(id(exc))


def _same_metadata(a, b):
    return (a.__traceback__ is b.__traceback__ and a.__cause__ is b.__cause__
            and a.__context__ is b.__context__
            and getattr(a, '__notes__', None) is getattr(b, '__notes__', None))


def _prep_reraise_star(orig, excs):
    """What leaves a try statement with except* clauses: None, or the
    exception to raise, made of the exceptions the clauses raised and the
    parts of `orig` that were re-raised or not handled (CPython's
    _PyExc_PrepReraiseStar)."""
    if not excs:
        return None
    if not isinstance(orig, BaseExceptionGroup):
        # A naked exception, wrapped: at most one clause ran.
        return excs[0]
    raised = []
    reraised = []
    for e in excs:
        if e is None:
            continue
        (reraised if _same_metadata(e, orig) else raised).append(e)
    ids = set()
    for e in reraised:
        _leaf_ids(e, ids)
    reraised_eg = _split(orig, lambda e: id(e) in ids, False)[0]
    if not raised:
        return reraised_eg
    if reraised_eg is not None:
        raised.append(reraised_eg)
    if len(raised) > 1:
        return BaseExceptionGroup('', raised)
    return raised[0]
