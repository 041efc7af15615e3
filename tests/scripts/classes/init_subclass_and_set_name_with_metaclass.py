# __init_subclass__ receives the class statement's keywords (through
# type.__new__), __set_name__ runs for descriptors, with or without a
# metaclass.


class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name

    def __get__(self, obj, objtype=None):
        return self.name if obj is None else obj.__dict__.get(self.name, "unset")


class Base:
    registry = []

    def __init_subclass__(cls, /, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag
        Base.registry.append((cls.__name__, tag))


class Model(Base, tag="model"):
    title = Field()  # expect: set_name Model title


class Meta(type):
    def __new__(mcs, name, bases, ns, **kwargs):
        print("Meta.__new__", name, kwargs)
        return super().__new__(mcs, name, bases, ns, **kwargs)


class WithMeta(Base, metaclass=Meta, tag="meta"):
    body = Field()
# expect: Meta.__new__ WithMeta {'tag': 'meta'}
# expect: set_name WithMeta body

print(Base.registry)  # expect: [('Model', 'model'), ('WithMeta', 'meta')]
print(Model.title, WithMeta.body, Model().title)  # expect: title body unset
try:
    class Bad(Base, colour="red"):
        pass
except TypeError as e:
    print(e)  # expect: Bad.__init_subclass__() takes no keyword arguments
