# The __dict__ of built-in types is a mappingproxy of a real dict (the first
# types are made before `dict` itself exists).
for t in (object, type, str, int, bool, float, bytes, tuple, list, dict, set):
    d = t.__dict__
    print(t.__name__, type(d) is not None, '__slots__' in d, len(repr(type(d))) > 0)

# expect: object True False True
# expect: type True False True
# expect: str True False True
# expect: int True False True
# expect: bool True False True
# expect: float True False True
# expect: bytes True False True
# expect: tuple True False True
# expect: list True False True
# expect: dict True False True
# expect: set True False True
