# Class-level facts: __name__, __qualname__, __module__, __doc__, __bases__,
# __mro__, __dict__ contents, type(), __class__ of instances and classes.
class Base:
    """A base."""
    kind = "base"

    def method(self):
        "a method"
        return 1


class Child(Base):
    class Inner:
        pass


c = Child()
print(Child.__name__, Child.__qualname__, Child.Inner.__qualname__, Child.__module__)
print(Base.__doc__, Child.__doc__, Base.method.__doc__, c.method.__doc__)
print(Child.__bases__, Child.__mro__)
print(type(c) is Child, c.__class__ is Child, type(Child) is type, Child.__class__)
print("kind" in Base.__dict__, "kind" in Child.__dict__, Child.kind)
print(c.__dict__, vars(c))
c.extra = 5
print(c.__dict__, Base.method.__qualname__, c.method.__func__ is Base.method)
X = type("X", (Base,), {"kind": "x", "twice": lambda self: self.kind * 2})
print(X, X().twice(), X.__module__, X.__mro__[1])
print(repr(Child.Inner()).startswith("<__main__.Child.Inner object at 0x"))

# expect: Child Child Child.Inner __main__
# expect: A base. None a method a method
# expect: (<class '__main__.Base'>,) (<class '__main__.Child'>, <class '__main__.Base'>, <class 'object'>)
# expect: True True True <class 'type'>
# expect: True False base
# expect: {} {}
# expect: {'extra': 5} Base.method True
# expect: <class '__main__.X'> xx __main__ <class '__main__.Base'>
# expect: True
