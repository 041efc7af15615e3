# __init_subclass__ with keyword arguments as a plugin registry, __class_getitem__,
# __mro_entries__-free generics, cooperative super() chains and the MRO.
class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls

    def run(self):
        return f"{self.plugin_name} ran"


class Csv(Plugin, name="csv", priority=2):
    pass


class Json(Plugin, priority=5):
    def run(self):
        return super().run() + " (json)"


class PrettyJson(Json, name="pretty"):
    pass


for name, cls in sorted(Plugin.registry.items(), key=lambda kv: -kv[1].priority):
    print(name, cls.__name__, cls.priority, cls().run())
try:
    class Broken(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"


print(Box[int], Box["str"], list[int], dict[str, list[int]], tuple[int, ...])


class Base:
    def __init__(self, **kw):
        print("Base", sorted(kw))


class Left(Base):
    def __init__(self, left=0, **kw):
        print("Left", left)
        super().__init__(**kw)


class Right(Base):
    def __init__(self, right=0, **kw):
        print("Right", right)
        super().__init__(**kw)


class Both(Left, Right):
    def __init__(self, **kw):
        print("Both")
        super().__init__(**kw)


Both(left=1, right=2, extra=3)
print([c.__name__ for c in Both.__mro__], Both.mro() == list(Both.__mro__))
try:
    class X(Left, Base, Right):
        pass
except TypeError as e:
    print("TypeError:", e)
print(Both.__bases__, Left.__base__, [c.__name__ for c in Base.__subclasses__()])
print(issubclass(Both, Base), isinstance(Both.__new__(Both), Right), Both.__qualname__, Both.__module__)
