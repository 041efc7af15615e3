# weakref and inspect together: a registry with WeakValueDictionary, finalize,
# proxies; and inspect.signature/getsource-free introspection of functions and classes.
import gc
import inspect
import weakref


class Resource:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Resource({self.name!r})"


r = Resource("db")
ref = weakref.ref(r)
print(ref() is r, type(ref).__name__, weakref.getweakrefcount(r))
proxy = weakref.proxy(r)
print(proxy.name)
fin = weakref.finalize(r, print, "finalizer ran for db")
print(fin.alive)
fin()
print(fin.alive)
registry = weakref.WeakValueDictionary()
keep = Resource("kept")
registry["kept"] = keep
print(sorted(registry.keys()), registry.get("kept"))
ws = weakref.WeakSet([keep])
print(len(ws), keep in ws)


def connect(host: str, port: int = 5432, *opts, timeout: float = 1.0, **extra) -> bool:
    """Open a connection."""
    return True


sig = inspect.signature(connect)
print(sig)
for name, p in sig.parameters.items():
    print(f"  {name}: kind={p.kind.name} default={p.default!r} annotation={p.annotation!r}")
print(sig.return_annotation, inspect.getdoc(connect))
bound = sig.bind("h", 1, "x", timeout=2)
bound.apply_defaults()
print(bound.arguments, bound.args, bound.kwargs)
try:
    sig.bind()
except TypeError as e:
    print("TypeError:", e)
print(inspect.isfunction(connect), inspect.isclass(Resource), inspect.ismethod(Resource("x").__repr__),
      inspect.isgeneratorfunction(connect), inspect.iscoroutinefunction(connect), inspect.isbuiltin(len))


class Service:
    """A service."""
    version = 2

    def start(self, delay=0):
        pass

    @classmethod
    def create(cls):
        pass

    @staticmethod
    def helper(x, /, y):
        pass


print([n for n, _ in inspect.getmembers(Service, inspect.isfunction)], inspect.signature(Service.helper))
print(inspect.signature(Service().start), inspect.signature(Service.create), inspect.getmro(bool))
print(inspect.signature(lambda a, *, b=2: 0), str(inspect.signature(Resource)), inspect.Parameter.empty)
