# A class's __dict__ holds the __dict__ and __weakref__ getset descriptors
# exactly when CPython's does: not with __slots__, not again in subclasses.
import weakref

class C:
    x = 1
    def f(self): pass

print([k for k in C.__dict__])
print(C.__dict__['__dict__'], C.__dict__['__weakref__'])
print(type(C.__dict__['__dict__']).__name__)
o = C()
o.a = 5
print(C.__dict__['__dict__'].__get__(o), o.__dict__ is C.__dict__['__dict__'].__get__(o))
print(C.__weakref__, o.__weakref__)
r = weakref.ref(o)
print(o.__weakref__ is r)
print(list(vars(C)) == list(C.__dict__))

class D(C): pass
print(list(D.__dict__))
class S:
    __slots__ = ('a',)
print(list(S.__dict__))
class SD(S): pass
print(list(SD.__dict__))
class S2:
    __slots__ = ('a', '__dict__')
print(list(S2.__dict__))
class S3:
    __slots__ = ('__weakref__',)
print(list(S3.__dict__))
class B(C, S): pass
print(list(B.__dict__))
for base in (int, str, float, tuple, bytes, list, dict, set, Exception, ValueError):
    class X(base): pass
    print(base.__name__, [k for k in X.__dict__ if k in ('__dict__', '__weakref__')])

# The descriptor works as CPython's: setting, deleting, wrong objects.
d = C.__dict__['__dict__']
d.__set__(o, {'b': 2})
print(o.__dict__, o.b)
o.__dict__ = {'c': 3}
print(vars(o))
try:
    d.__get__(5)
except TypeError as e:
    print(e)
try:
    o.__dict__ = 5
except TypeError as e:
    print(e)
try:
    o.__weakref__ = None
except AttributeError as e:
    print(e)
print(d.__name__, d.__qualname__, d.__objclass__ is C, d.__doc__)
print(C.__dict__['__weakref__'].__doc__)
print(d.__get__(None, C) is d)
# expect: ['__module__', 'x', 'f', '__dict__', '__weakref__', '__doc__']
# expect: <attribute '__dict__' of 'C' objects> <attribute '__weakref__' of 'C' objects>
# expect: getset_descriptor
# expect: {'a': 5} True
# expect: <attribute '__weakref__' of 'C' objects> None
# expect: True
# expect: True
# expect: ['__module__', '__doc__']
# expect: ['__module__', '__slots__', 'a', '__doc__']
# expect: ['__module__', '__dict__', '__weakref__', '__doc__']
# expect: ['__module__', '__slots__', 'a', '__dict__', '__doc__']
# expect: ['__module__', '__slots__', '__weakref__', '__doc__']
# expect: ['__module__', '__dict__', '__weakref__', '__doc__']
# expect: int ['__dict__']
# expect: str ['__dict__', '__weakref__']
# expect: float ['__dict__', '__weakref__']
# expect: tuple ['__dict__']
# expect: bytes ['__dict__']
# expect: list ['__dict__', '__weakref__']
# expect: dict ['__dict__', '__weakref__']
# expect: set ['__dict__']
# expect: Exception ['__weakref__']
# expect: ValueError ['__weakref__']
# expect: {'b': 2} 2
# expect: {'c': 3}
# expect: descriptor '__dict__' for 'C' objects doesn't apply to a 'int' object
# expect: __dict__ must be set to a dictionary, not a 'int'
# expect: attribute '__weakref__' of 'C' objects is not writable
# expect: __dict__ C.__dict__ True dictionary for instance variables
# expect: list of weak references to the object
# expect: True
