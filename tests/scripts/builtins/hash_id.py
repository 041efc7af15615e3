# hash() agrees for equal numbers; id() is stable and distinct for live objects.
print(hash(1) == hash(1.0) == hash(True))  # expect: True
print(hash("abc") == hash("ab" + "c"))     # expect: True
a, b = [], []
print(id(a) == id(a), id(a) != id(b))      # expect: True True
print(type(id(a)), id(None) == id(None))   # expect: <class 'int'> True
hash([])
# expect runtime error: TypeError: unhashable type: 'list'
