# ABCMeta.register, __subclasshook__ and the isinstance/issubclass caches.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Drawable(ABC):
    @abstractmethod
    def draw(self):
        ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            if any("draw" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


class Sprite:
    def draw(self):
        return "sprite"


class Text:
    pass


print(isinstance(Sprite(), Drawable), issubclass(Sprite, Drawable))
print(isinstance(Text(), Drawable), issubclass(Text, Drawable))
print(Drawable in Sprite.__mro__)


class Sequence(metaclass=ABCMeta):
    pass


token = abc.get_cache_token()
print(issubclass(tuple, Sequence))
Sequence.register(tuple)
print(issubclass(tuple, Sequence), isinstance((1, 2), Sequence), abc.get_cache_token() > token)


@Sequence.register
class MyList(list):
    pass


print(MyList.__name__, isinstance(MyList(), Sequence), issubclass(bool, Sequence))


class Sub(MyList):
    pass


print(issubclass(Sub, Sequence), Sequence.register(Sub) is Sub)

try:
    Sequence.register(3)
except TypeError as e:
    print("TypeError:", e)


class Child(Sequence):
    pass


try:
    Child.register(Sequence)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    issubclass(3, Sequence)
except TypeError as e:
    print("TypeError:", e)


class Checked(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return "yes"


try:
    issubclass(int, Checked)
except AssertionError as e:
    print("AssertionError:", e)


# update_abstractmethods after implementing a method later.
class Job(ABC):
    @abstractmethod
    def run(self):
        ...


class Late(Job):
    pass


Late.run = lambda self: "ran"
print(sorted(Late.__abstractmethods__))
abc.update_abstractmethods(Late)
print(Late().run(), Late.__abstractmethods__)

# expect: True True
# expect: False False
# expect: False
# expect: False
# expect: True True True
# expect: MyList True False
# expect: True True
# expect: TypeError: Can only register classes
# expect: RuntimeError: Refusing to create an inheritance cycle
# expect: TypeError: issubclass() arg 1 must be a class
# expect: AssertionError: __subclasshook__ must return either False, True, or NotImplemented
# expect: ['run']
# expect: ran frozenset()
