# The built-in types, functions and methods carry CPython 3.11's docstrings;
# classes without one have None (not object's).
print(int.__doc__.splitlines()[0])
print(list.__doc__)
print(object.__doc__.splitlines()[0])
print(type.__doc__.splitlines()[0])
print(str.split.__doc__.splitlines()[0])
print("a b".split.__doc__ == str.split.__doc__, [].append.__doc__)
print(dict.fromkeys.__doc__)
print(len.__doc__)
print(print.__doc__.splitlines()[0], print.__module__, len.__module__)
print(ValueError.__doc__, KeyError.__doc__)
print(ValueError('x').__doc__, (5).__doc__ == int.__doc__)
print(range.__doc__.splitlines()[0])
print(BaseException.with_traceback.__doc__)
class C: pass
class D(C):
    "D's doc."
class E(D): pass
print(C.__doc__, C().__doc__, D.__doc__, E.__doc__)
class V(ValueError): pass
print(V.__doc__)
def f(): pass
print(f.__doc__, type(f).__doc__.splitlines()[0])
print(type(None).__doc__, bool.__doc__.splitlines()[0])
# expect: int([x]) -> integer
# expect: Built-in mutable sequence.
# expect:
# expect: If no argument is given, the constructor creates a new empty list.
# expect: The argument must be an iterable if specified.
# expect: The base class of the class hierarchy.
# expect: type(object) -> the object's type
# expect: Return a list of the substrings in the string, using sep as the separator string.
# expect: True Append object to the end of the list.
# expect: Create a new dictionary with keys from iterable and values set to value.
# expect: Return the number of items in a container.
# expect: Prints the values to a stream, or to sys.stdout by default. builtins builtins
# expect: Inappropriate argument value (of correct type). Mapping key not found.
# expect: Inappropriate argument value (of correct type). True
# expect: range(stop) -> range object
# expect: Exception.with_traceback(tb) --
# expect:     set self.__traceback__ to tb and return self.
# expect: None None D's doc. None
# expect: None
# expect: None Create a function object.
# expect: None bool(x) -> bool
