# __prepare__ gives the class body its namespace; a dict subclass's
# __setitem__ and __getitem__ see every name the body binds and reads.


class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)

    def __getitem__(self, key):
        if key == "magic":
            return 42
        return super().__getitem__(key)


class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return Recording()

    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls.field_order = ns.order
        return cls


class Form(metaclass=Ordered):
    zeta = 1
    alpha = 2
    seen = magic  # found through the namespace's __getitem__
    zeta = 3

    def method(self):
        return "m"


print(Form.field_order)  # expect: ['zeta', 'alpha', 'seen', 'zeta', 'method']
print(Form.seen, Form.zeta, Form().method())  # expect: 42 3 m


# A namespace that refuses duplicate names (a common recipe).
class NoDuplicates(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError(f"{key!r} defined twice")
        super().__setitem__(key, value)


class Strict(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return NoDuplicates()


try:
    class Twice(metaclass=Strict):
        x = 1
        x = 2
except TypeError as e:
    print(e)  # expect: 'x' defined twice

# type.__prepare__ is a plain dict factory.
print(type.__prepare__("X", ()), type(Strict.__prepare__("X", ())).__name__)  # expect: {} NoDuplicates
