# Keyword arguments to the built-in constructors, as CPython 3.11 checks them
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: int(x=1))
t(lambda: int("10", base=2))
t(lambda: int(base=2))
t(lambda: int("1", 2, base=2))
t(lambda: int("1", bas=2))
t(lambda: float(x=1))
t(lambda: float(1, 2))
t(lambda: str(object=5))
t(lambda: str(b"a", encoding="ascii"))
t(lambda: str(b"a", errors="strict"))
t(lambda: str(x=1))
t(lambda: str(1, 2, 3, 4))
t(lambda: bytes(source=b"a"))
t(lambda: bytes("a", encoding="ascii"))
t(lambda: bytes(x=1))
t(lambda: bytes(1, 2, 3, 4))
t(lambda: bytearray(x=1))
t(lambda: bytearray(source=b"ab"))
t(lambda: list(iterable=[1]))
t(lambda: list(x=1))
t(lambda: list(1, 2))
t(lambda: tuple(iterable=[1]))
t(lambda: tuple(x=1))
t(lambda: tuple(1, 2))
t(lambda: dict(x=1))
t(lambda: dict([(1, 2)], y=3))
t(lambda: dict(1, 2))
t(lambda: set(x=1))
t(lambda: set(iterable=[1]))
t(lambda: set(1, 2))
t(lambda: frozenset(x=1))
t(lambda: frozenset(1, 2))
t(lambda: bool(x=1))
t(lambda: bool(1, 2))
t(lambda: complex(real=1, imag=2))
t(lambda: complex(x=1))
t(lambda: complex(1, 2, 3))
t(lambda: complex(imag=2))
t(lambda: range(x=1))
t(lambda: range(1, 2, 3, 4))
t(lambda: range())
t(lambda: slice(x=1))
t(lambda: slice())
t(lambda: slice(1, 2, 3, 4))
t(lambda: type(x=1))
t(lambda: type(1, 2))
t(lambda: type("A", (), {}, x=1).__name__)
t(lambda: object(x=1))
t(lambda: object(1))
t(lambda: memoryview(b"a", x=1))
t(lambda: memoryview(object=b"a").tobytes())
t(lambda: property(x=1))
t(lambda: staticmethod(x=1))
t(lambda: classmethod(f=1))
t(lambda: super(x=1))
t(lambda: enumerate(iterable=[1], start=2).__next__())
t(lambda: enumerate(x=1))
t(lambda: zip(x=1))
t(lambda: zip([1], strict=True).__next__())
t(lambda: map(x=1))
t(lambda: filter(x=1))
t(lambda: reversed(seq=[1]))
t(lambda: reversed([1], x=1))
t(lambda: int.__new__(int, x=1))
t(lambda: float.__new__(float, x=1))
t(lambda: list(enumerate(start=1)))
t(lambda: list(enumerate(start=1, x=2)))
t(lambda: list(enumerate(start=1, iterable="ab")))
t(lambda: list(enumerate(iterable="ab", start=3)))
t(lambda: list(enumerate(iterable="ab")))
t(lambda: list(enumerate("ab", start=3)))
t(lambda: list(enumerate("ab", 5)))
t(lambda: list(enumerate("ab", 5, x=1)))
t(lambda: list(enumerate("ab", 5, 6)))
t(lambda: list(enumerate()))
t(lambda: list(enumerate(x=1, start=2)))
t(lambda: list(enumerate("a", iterable=2)))
t(lambda: int(base=2))
t(lambda: int("12", 8))
t(lambda: int(3.5, base=None))

# expect: TypeError 'x' is an invalid keyword argument for int()
# expect: ok 2
# expect: TypeError int() missing string argument
# expect: TypeError int() takes at most 2 arguments (3 given)
# expect: TypeError 'bas' is an invalid keyword argument for int()
# expect: TypeError float() takes no keyword arguments
# expect: TypeError float expected at most 1 argument, got 2
# expect: ok '5'
# expect: ok 'a'
# expect: ok 'a'
# expect: TypeError 'x' is an invalid keyword argument for str()
# expect: TypeError str() takes at most 3 arguments (4 given)
# expect: ok b'a'
# expect: ok b'a'
# expect: TypeError 'x' is an invalid keyword argument for bytes()
# expect: TypeError bytes() takes at most 3 arguments (4 given)
# expect: TypeError 'x' is an invalid keyword argument for bytearray()
# expect: ok bytearray(b'ab')
# expect: TypeError list() takes no keyword arguments
# expect: TypeError list() takes no keyword arguments
# expect: TypeError list expected at most 1 argument, got 2
# expect: TypeError tuple() takes no keyword arguments
# expect: TypeError tuple() takes no keyword arguments
# expect: TypeError tuple expected at most 1 argument, got 2
# expect: ok {'x': 1}
# expect: ok {1: 2, 'y': 3}
# expect: TypeError dict expected at most 1 argument, got 2
# expect: TypeError set() takes no keyword arguments
# expect: TypeError set() takes no keyword arguments
# expect: TypeError set expected at most 1 argument, got 2
# expect: TypeError frozenset() takes no keyword arguments
# expect: TypeError frozenset expected at most 1 argument, got 2
# expect: TypeError bool() takes no keyword arguments
# expect: TypeError bool expected at most 1 argument, got 2
# expect: ok (1+2j)
# expect: TypeError 'x' is an invalid keyword argument for complex()
# expect: TypeError complex() takes at most 2 arguments (3 given)
# expect: ok 2j
# expect: TypeError range() takes no keyword arguments
# expect: TypeError range expected at most 3 arguments, got 4
# expect: TypeError range expected at least 1 argument, got 0
# expect: TypeError slice() takes no keyword arguments
# expect: TypeError slice expected at least 1 argument, got 0
# expect: TypeError slice expected at most 3 arguments, got 4
# expect: TypeError type() takes 1 or 3 arguments
# expect: TypeError type() takes 1 or 3 arguments
# expect: TypeError A.__init_subclass__() takes no keyword arguments
# expect: TypeError object() takes no arguments
# expect: TypeError object() takes no arguments
# expect: TypeError memoryview() takes at most 1 argument (2 given)
# expect: ok b'a'
# expect: TypeError 'x' is an invalid keyword argument for property()
# expect: TypeError staticmethod() takes no keyword arguments
# expect: TypeError classmethod() takes no keyword arguments
# expect: TypeError super() takes no keyword arguments
# expect: ok (2, 1)
# expect: TypeError 'x' is an invalid keyword argument for enumerate()
# expect: TypeError 'x' is an invalid keyword argument for zip()
# expect: ok (1,)
# expect: TypeError map() takes no keyword arguments
# expect: TypeError filter() takes no keyword arguments
# expect: TypeError reversed() takes no keyword arguments
# expect: TypeError reversed() takes no keyword arguments
# expect: TypeError 'x' is an invalid keyword argument for int()
# expect: TypeError float() takes no keyword arguments
# expect: TypeError 'start' is an invalid keyword argument for enumerate()
# expect: TypeError 'x' is an invalid keyword argument for enumerate()
# expect: ok [(1, 'a'), (2, 'b')]
# expect: ok [(3, 'a'), (4, 'b')]
# expect: ok [(0, 'a'), (1, 'b')]
# expect: ok [(3, 'a'), (4, 'b')]
# expect: ok [(5, 'a'), (6, 'b')]
# expect: TypeError enumerate() takes at most 2 arguments (3 given)
# expect: TypeError enumerate() takes at most 2 arguments (3 given)
# expect: TypeError enumerate() missing required argument 'iterable'
# expect: TypeError 'x' is an invalid keyword argument for enumerate()
# expect: TypeError 'iterable' is an invalid keyword argument for enumerate()
# expect: TypeError int() missing string argument
# expect: ok 10
# expect: TypeError 'NoneType' object cannot be interpreted as an integer
