# Class-body scoping rules and attribute plumbing: comprehensions in class bodies,
# name mangling, __getattr__/__getattribute__/__setattr__/__delattr__, __dir__, getattr defaults.
class Config:
    base = 10
    doubled = [base * 2]
    try:
        squares = [base * i for i in range(3)]
    except NameError as e:
        squares = f"NameError: {e}"
    names = [n for n in ("a", "b")]
    __secret = "mangled"

    def reveal(self):
        return self.__secret


print(Config.doubled, Config.squares, Config.names, Config().reveal(), Config._Config__secret)
try:
    Config.__secret
except AttributeError as e:
    print("AttributeError:", e)


class Tracked:
    def __init__(self):
        object.__setattr__(self, "log", [])
        self.a = 1

    def __setattr__(self, name, value):
        self.log.append(("set", name))
        super().__setattr__(name, value)

    def __delattr__(self, name):
        self.log.append(("del", name))
        super().__delattr__(name)

    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")


t = Tracked()
t.b = 2
del t.a
print(t.log, t.auto_hello, getattr(t, "missing", "default"), hasattr(t, "auto_x"), hasattr(t, "zzz"))
try:
    t.zzz
except AttributeError as e:
    print("AttributeError:", e)


class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattribute__(self, name):
        if name.startswith("_"):
            return object.__getattribute__(self, name)
        print(f"  proxy get {name}")
        return getattr(object.__getattribute__(self, "_target"), name)

    def __dir__(self):
        return ["custom", "names"]


p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), dir(p))
print(sorted(n for n in dir(Config) if not n.startswith("__")), "reveal" in Config.__dict__)
setattr(Config, "added", lambda self: "added!")
print(Config().added(), Config.added.__name__, getattr(Config(), "base"))
delattr(Config, "added")
print(hasattr(Config, "added"))
x = 1


class Shadow:
    x = 2
    y = x + 1

    def get(self):
        return x


print(Shadow.y, Shadow().get())
