# typing.Protocol: @runtime_checkable structural isinstance/issubclass (methods and data members), refused checks and instantiation, concrete subclasses
from typing import Protocol, runtime_checkable
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class SupportsLen(Protocol):
    def __len__(self) -> int: ...
@runtime_checkable
class Named(Protocol):
    name: str
class F:
    def close(self): print("closed")
class G: pass
class N:
    def __init__(self): self.name = "n"
print(isinstance(F(), Closable), isinstance(G(), Closable), isinstance(open, Closable))
print(issubclass(F, Closable), issubclass(G, Closable))
print(isinstance(N(), Named), isinstance(G(), Named))
try: isinstance([], SupportsLen)
except TypeError as e: print(e)
try: Closable()
except TypeError as e: print(e)
class Impl(Closable):
    def close(self): return "impl"
print(Impl().close(), isinstance(Impl(), Closable))
try: runtime_checkable(F)
except TypeError as e: print(str(e)[:59])
def use(x: Closable) -> None: x.close()
use(F())

# expect: True False False
# expect: True False
# expect: True False
# expect: Instance and class checks can only be used with @runtime_checkable protocols
# expect: Protocols cannot be instantiated
# expect: impl True
# expect: @runtime_checkable can be only applied to protocol classes,
# expect: closed
