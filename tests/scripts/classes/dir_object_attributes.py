# dir() of an instance, a class and object() lists object's attributes
# (__class__, __doc__, __reduce__, ...) as CPython's does.
class C:
    def f(self): pass

o = C()
o.x = 1
print(dir(o))
print(dir(C) == sorted(set(dir(o)) - {'x'}))
print(dir(object()))
print(sorted(object.__dict__))
print(object.__dict__['__class__'], o.__class__ is C, C.__class__ is type)
print(sorted(set(dir(object)) - set(dir(type("E", (), {})))), "__dict__" in dir(type("E", (), {})))
class S:
    __slots__ = ('a',)
print(dir(S()))
print('__class__' in dir(1), '__doc__' in dir([]), '__class__' in dir(int))
# expect: ['__class__', '__delattr__', '__dict__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__le__', '__lt__', '__module__', '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__', '__str__', '__subclasshook__', '__weakref__', 'f', 'x']
# expect: True
# expect: ['__class__', '__delattr__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__le__', '__lt__', '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__', '__str__', '__subclasshook__']
# expect: ['__class__', '__delattr__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__le__', '__lt__', '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__', '__str__', '__subclasshook__']
# expect: <attribute '__class__' of 'object' objects> True True
# expect: [] True
# expect: ['__class__', '__delattr__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__le__', '__lt__', '__module__', '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__', '__slots__', '__str__', '__subclasshook__', 'a']
# expect: True True True
