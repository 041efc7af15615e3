# A metaclass's methods, properties and dunders apply to its classes (not
# to their instances).


class Meta(type):
    def describe(cls):
        return "class " + cls.__name__

    @property
    def shout(cls):
        return cls.__name__.upper()

    def __repr__(cls):
        return "<Meta " + cls.__name__ + ">"

    def __len__(cls):
        return len(cls.members)

    def __getitem__(cls, key):
        return cls.members[key]

    def __iter__(cls):
        return iter(cls.members)

    def __contains__(cls, item):
        return item in cls.members


class Colors(metaclass=Meta):
    members = ["red", "green"]


print(Colors.describe(), Colors.shout)  # expect: class Colors COLORS
print(repr(Colors), Colors)  # expect: <Meta Colors> <Meta Colors>
print(len(Colors), Colors[1], list(Colors), "red" in Colors)  # expect: 2 green ['red', 'green'] True
try:
    Colors().describe()
except AttributeError as e:
    print(e)  # expect: 'Colors' object has no attribute 'describe'
print(Meta.__mro__)  # expect: (<class '__main__.Meta'>, <class 'type'>, <class 'object'>)


# __instancecheck__ / __subclasscheck__ on the metaclass.
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")


class Duck(metaclass=DuckMeta):
    pass


class Mallard:
    def quack(self):
        return "quack"


print(isinstance(Mallard(), Duck), isinstance(3, Duck), issubclass(Mallard, Duck))  # expect: True False True


# super() inside metaclass methods and classmethods of its classes.
class Base:
    @classmethod
    def create(cls):
        return cls.__name__


class Child(Base, metaclass=Meta):
    members = []

    @classmethod
    def create(cls):
        return "child+" + super().create()


print(Child.create())  # expect: child+Child


class W(metaclass=Meta):
    members = []

    def me(self):
        return __class__


print(W().me() is W)  # expect: True
