# Functions, classmethods, staticmethods and properties have __get__ (and properties
# __set__/__delete__) as methods, for code that binds by hand.
class C:
    def __init__(self):
        self._x = 1

    def method(self, y):
        return (type(self).__name__, y)

    @classmethod
    def make(cls):
        return cls.__name__

    @staticmethod
    def helper(a):
        return a + 1

    def _get_x(self):
        return self._x

    def _set_x(self, v):
        self._x = v

    def _del_x(self):
        print("deleting")

    x = property(_get_x, _set_x, _del_x)


c = C()
f = C.__dict__["method"]
print(f.__get__(c, C)(5), f.__get__(None, C) is f, hasattr(f, "__get__"))
print(C.__dict__["make"].__get__(c, C)(), C.__dict__["make"].__get__(None, C)())
print(C.__dict__["helper"].__get__(c, C)(1), C.__dict__["helper"].__get__(None, C)(2))
p = C.__dict__["x"]
print(p.__get__(c, C), p.__get__(None, C) is p)
p.__set__(c, 10)
print(c.x)
p.__delete__(c)
try:
    property().__get__(c, C)
except AttributeError as e:
    print("AttributeError")
try:
    property(lambda s: 1).__set__(c, 2)
except AttributeError as e:
    print("AttributeError")


def free(self):
    return "bound to " + type(self).__name__


c.extra = free.__get__(c)
print(c.extra(), [hasattr(o, "__get__") for o in (classmethod(free), staticmethod(free), property(free))])


def abstract():
    pass


abstract.__isabstractmethod__ = True
print(property(abstract).__isabstractmethod__, classmethod(abstract).__isabstractmethod__,
      staticmethod(abstract).__isabstractmethod__, property(free).__isabstractmethod__)
print(object.__subclasshook__(), C.__subclasshook__(int))

# expect: ('C', 5) True True
# expect: C C
# expect: 2 3
# expect: 1 True
# expect: 10
# expect: deleting
# expect: AttributeError
# expect: AttributeError
# expect: bound to C [True, True, True]
# expect: True True True False
# expect: NotImplemented NotImplemented
