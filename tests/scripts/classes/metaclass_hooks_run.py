# metaclass=: the metaclass's __prepare__, __new__, __init__ and __call__
# all run, in CPython's order, and the class is an instance of it.


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", mcs.__name__, name, kw)
        return {"injected": 1}

    def __new__(mcs, name, bases, ns, **kw):
        print("new", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("call", cls.__name__, args, kwargs)
        obj = super().__call__(*args, **kwargs)
        print("made", type(obj).__name__)
        return obj


class A(metaclass=Meta, flag=1):
    x = 1

    def __init__(self, v=0):
        print("A.__init__", v)
        self.v = v

    def f(self):
        return self.v
# expect: prepare Meta A {'flag': 1}
# expect: new A [] ['f', 'injected', 'x']
# expect: init A {'flag': 1}

print(type(A) is Meta, type(A).__name__, A.__class__.__name__)  # expect: True Meta Meta
print(isinstance(A, Meta), isinstance(A, type), A.injected)  # expect: True True 1
a = A(5, )
# expect: call A (5,) {}
# expect: A.__init__ 5
# expect: made A
print(a.f(), type(a) is A)  # expect: 5 True
A(v=2)
# expect: call A () {'v': 2}
# expect: A.__init__ 2
# expect: made A


class B(A):
    pass
# expect: prepare Meta B {}
# expect: new B ['A'] ['injected']
# expect: init B {}

print(type(B) is Meta)  # expect: True
print(type(B()).__name__)
# expect: call B () {}
# expect: A.__init__ 0
# expect: made B
# expect: B

# A singleton through __call__.


class Singleton(type):
    instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in Singleton.instances:
            Singleton.instances[cls] = super().__call__(*args, **kwargs)
        return Singleton.instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, value):
        self.value = value


c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c2.value)  # expect: True 1

# A registry through __new__.


class Registry(type):
    registered = []

    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        if bases:
            mcs.registered.append(name)
        return cls


class Plugin(metaclass=Registry):
    pass


class Csv(Plugin):
    pass


class Json(Plugin):
    pass


print(Registry.registered)  # expect: ['Csv', 'Json']
