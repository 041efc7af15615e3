# Generic classes: C[int] is an alias with origin/args/repr/__name__, __parameters__ from the bases, errors for bad subscripts.
from typing import Generic, TypeVar, Protocol, get_origin, get_args
T = TypeVar("T")
K = TypeVar("K")
class Stack(Generic[T]):
    def __init__(self):
        self.items = []
class Pair(Stack[K], Generic[K, T]):
    pass
class IntStack(Stack[int]):
    pass
print(Stack.__parameters__, Pair.__parameters__, IntStack.__parameters__)
print(Stack[int], repr(Stack[str]), Stack[int].__origin__, Stack[int].__args__, Stack.__orig_bases__)
s = Stack[int]()
print(type(s).__name__, s.__orig_class__, IntStack.__mro__[1].__name__, Pair[int, str])
print(get_origin(Stack[int]), get_args(Pair[int, str]), get_origin(int | str), get_origin(Generic), get_origin(int))
for bad in [lambda: Generic[int], lambda: Stack[int, str], lambda: Generic[T, T]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
class Box(Protocol[T]):
    def get(self) -> T: ...
print(Box.__parameters__, Stack[int] == Stack[int], Stack[int] == Stack[str])

class Outer:
    class Inner(Generic[T]):
        pass
alias = Outer.Inner[int]
print(alias.__name__, alias.__qualname__, alias.__module__, alias.__doc__, hasattr(alias, "__name__"))
try:
    alias.__nothing__
except AttributeError as e:
    print("AttributeError:", e)

# expect: (~T,) (~K, ~T) ()
# expect: __main__.Stack[int] __main__.Stack[str] <class '__main__.Stack'> (<class 'int'>,) (typing.Generic[~T],)
# expect: Stack __main__.Stack[int] Stack __main__.Pair[int, str]
# expect: <class '__main__.Stack'> (<class 'int'>, <class 'str'>) <class 'types.UnionType'> <class 'typing.Generic'> None
# expect: TypeError: Parameters to Generic[...] must all be type variables or parameter specification variables.
# expect: TypeError: Too many arguments for <class '__main__.Stack'>; actual 2, expected 1
# expect: TypeError: Parameters to Generic[...] must all be unique
# expect: (~T,) True False
# expect: Inner Inner __main__ None True
# expect: AttributeError: __nothing__
