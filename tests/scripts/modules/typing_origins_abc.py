# typing: get_origin of subscripted special forms; the ABC aliases (Iterable, Mapping, ...) have
# collections.abc origins, so subclasses get the mixins and isinstance/issubclass work.
from typing import get_origin, get_args, Literal, Final, ClassVar, Union, Optional, List, Dict, Callable, Tuple, Any, Generic, TypeVar, Required, NotRequired, TypeGuard
print(get_origin(Union[int, str]), get_origin(Optional[int]), get_args(Optional[int]), get_origin(List[int]), get_origin(Dict[str, int]))
print(get_origin(int), get_origin(Any), get_origin(Literal), get_origin(List), get_origin(Callable[[int], str]), get_origin(Tuple[int, ...]))
print(get_origin(Required[int]), get_origin(TypeGuard[int]), get_origin(int | str), get_origin(list[int]), get_origin(Generic))
T = TypeVar("T")
class B(Generic[T]): pass
print(get_origin(B[int]) is B, get_origin(Generic[T]))
import typing
class M(typing.Mapping[str, int]):
    def __getitem__(self, k): return {"a": 1}[k]
    def __iter__(self): return iter(["a"])
    def __len__(self): return 1
m = M(); print(m.get("a"), list(m.items()), isinstance(m, typing.Mapping), M.__mro__[1].__name__)
print(isinstance([], typing.Iterable), isinstance(1, typing.Iterable), issubclass(list, typing.Sequence), isinstance(len, typing.Callable))
print(typing.Iterable[int], typing.Callable[[int], str], typing.Callable, typing.Iterable, typing.get_origin(typing.Iterator[int]))
class G(typing.Generator): pass
print(G.__mro__[1])
try: typing.Iterable()
except TypeError as e: print(e)
print(isinstance([], typing.List), issubclass(list, typing.List), isinstance({}, typing.Dict), isinstance(iter([]), typing.Iterator), issubclass(dict, typing.MutableMapping))
for expr in ["isinstance([], typing.List[int])", "isinstance([], typing.Iterable[int])", "isinstance(1, typing.Any)", "issubclass(int, typing.Any)", "isinstance(1, typing.Literal)", "isinstance(1, typing.Union[int, str])"]:
    try: print(eval(expr))
    except TypeError as e: print(expr, e)
import contextlib
class CM(typing.ContextManager[int]):
    def __exit__(self, *a): return None
with CM() as c: print(type(c).__name__)
print(CM.__mro__[1] is contextlib.AbstractContextManager, typing.AbstractSet[int], issubclass(frozenset, typing.AbstractSet))
def gen() -> typing.Generator[int, None, None]: yield 1
print(isinstance(gen(), typing.Generator), typing.Callable[..., int], typing.get_args(typing.Callable[[int], str]))
# expect: typing.Union typing.Union (<class 'int'>, <class 'NoneType'>) <class 'list'> <class 'dict'>
# expect: None None None <class 'list'> <class 'collections.abc.Callable'> <class 'tuple'>
# expect: typing.Required typing.TypeGuard <class 'types.UnionType'> <class 'list'> <class 'typing.Generic'>
# expect: True <class 'typing.Generic'>
# expect: 1 [('a', 1)] True Mapping
# expect: True False True True
# expect: typing.Iterable[int] typing.Callable[[int], str] typing.Callable typing.Iterable <class 'collections.abc.Iterator'>
# expect: <class 'collections.abc.Generator'>
# expect: Can't instantiate abstract class Iterable with abstract method __iter__
# expect: True True True True True
# expect: isinstance([], typing.List[int]) Subscripted generics cannot be used with class and instance checks
# expect: isinstance([], typing.Iterable[int]) Subscripted generics cannot be used with class and instance checks
# expect: isinstance(1, typing.Any) typing.Any cannot be used with isinstance()
# expect: False
# expect: isinstance(1, typing.Literal) typing.Literal cannot be used with isinstance()
# expect: True
# expect: CM
# expect: True typing.AbstractSet[int] True
# expect: True typing.Callable[..., int] ([<class 'int'>], <class 'str'>)
