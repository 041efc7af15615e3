# Slot wrappers and method-wrappers: reprs, attributes, misuse messages
import re
def t(f):
    try:
        r = f()
        print("ok", re.sub(r"0x[0-9a-f]+", "0x?", repr(r)))
    except Exception as e:
        print(("%s %s" % (type(e).__name__, e)).rstrip())

t(lambda: int.__add__)
t(lambda: (1).__add__)
t(lambda: [].__len__)
t(lambda: type(int.__add__).__name__)
t(lambda: type((1).__add__).__name__)
t(lambda: (int.__add__.__name__, int.__add__.__qualname__, int.__add__.__objclass__))
t(lambda: [1].__len__.__self__)
t(lambda: (1).__add__ == (1).__add__)
t(lambda: (1).__add__ == (2).__add__)
t(lambda: (1).__add__ != (1).__sub__)
t(lambda: int.__add__())
t(lambda: int.__add__("a", 1))
t(lambda: int.__add__(1))
t(lambda: int.__add__(1, 2, 3))
t(lambda: int.__add__(1, x=2))
t(lambda: int.__neg__(1, 2))
t(lambda: list.__len__())
t(lambda: list.__len__((1,)))
t(lambda: list.__setitem__([1], 0))
t(lambda: list.__setitem__([1], 0, 5, 6))
t(lambda: list.__mul__([1]))
t(lambda: list.__mul__([1], 2, 3))
t(lambda: list.__mul__([1], 2.0))
t(lambda: list.__imul__([1], 2))
t(lambda: list.__imul__([1], "x"))
t(lambda: list.__iadd__([1], (2, 3)))
t(lambda: list.__iadd__([1], 5))
t(lambda: list.__add__([1], (2,)))
t(lambda: tuple.__add__((1,), [2]))
t(lambda: str.__add__("a", 1))
t(lambda: bytes.__add__(b"a", 1))
t(lambda: int.__pow__(2, 10, 7))
t(lambda: int.__pow__(2, 10, None))
t(lambda: int.__rpow__(2, 10, 7))
t(lambda: int.__pow__(2))
t(lambda: int.__pow__(2, 1, 2, 3))
t(lambda: float.__pow__(2.0, 3))
t(lambda: dict.__setitem__({}, 1))
t(lambda: dict.__delitem__({1: 2}, 1))
t(lambda: dict.__delitem__({1: 2}, 3))
t(lambda: dict.__ior__({1: 2}, {3: 4}))
t(lambda: set.__ior__({1}, {3}))
t(lambda: set.__isub__({1, 3}, {3}))
t(lambda: set.__isub__({1, 3}, [3]))
t(lambda: frozenset.__or__(frozenset({1}), {2}))
t(lambda: set.__rsub__({1}, {1, 2}))
t(lambda: object.__eq__(1, 1))
t(lambda: object.__eq__(1, 2))
t(lambda: object.__ne__(1, 2))
t(lambda: object.__ne__(1, 1))
t(lambda: object.__lt__(1, 2))
t(lambda: object.__eq__())
t(lambda: iter([1]).__next__())
t(lambda: [].__iter__().__next__())
t(lambda: (lambda: 5).__call__())
t(lambda: len.__call__([1, 2]))
t(lambda: type(len.__call__).__name__)
t(lambda: type.__call__(int, "5"))
t(lambda: int.__or__)
t(lambda: int | str)
t(lambda: type.__or__(int, str))
t(lambda: type.__ror__(int, str))
t(lambda: "__add__" in bool.__dict__)
t(lambda: "__and__" in bool.__dict__)
t(lambda: "__eq__" in bool.__dict__)
t(lambda: "__hash__" in list.__dict__)
t(lambda: "__len__" in list.__dict__)
t(lambda: "__getitem__" in list.__dict__)
t(lambda: "__iadd__" in list.__dict__)
t(lambda: "__add__" in str.__dict__)
t(lambda: "__radd__" in str.__dict__)
t(lambda: "__iter__" in range.__dict__)
t(lambda: "__bool__" in range.__dict__)
t(lambda: "__bool__" in str.__dict__)
t(lambda: BaseException.__str__(ValueError("x")))
t(lambda: BaseException.__repr__(ValueError("x")))
t(lambda: BaseException.__str__(1))

class L(list):
    pass
class I(int):
    pass
class S(str):
    def __add__(self, o):
        return "S+" + str(o)
class R:
    def __radd__(self, o):
        return "R.radd"
    def __rmul__(self, o):
        return "R.rmul"
t(lambda: L([1]) + [2])
t(lambda: L([1]) + R())
t(lambda: [1] + R())
t(lambda: L([1]) * 2)
t(lambda: 2 * L([1]))
t(lambda: L([1]) * R())
t(lambda: I(3) + 1.5)
t(lambda: 1.5 + I(3))
t(lambda: I(3) == 3.0)
t(lambda: I(3) < 3.5)
t(lambda: S("a") + "b")
t(lambda: "b" + S("a"))
t(lambda: str.__add__(S("a"), "b"))
def iadd():
    x = L([1]); x += (2,); return x, type(x).__name__
t(iadd)
def imul():
    x = L([1]); x *= 2; return x
t(imul)
class E(Exception):
    pass
t(lambda: repr(E(1, 2)))
t(lambda: str(E(1)))
class Eq:
    def __eq__(self, o):
        return "eq-called"
t(lambda: Eq() != 1)
t(lambda: object.__ne__(Eq(), 1))
class NoEq:
    pass
a = NoEq()
t(lambda: a != a)
t(lambda: a != NoEq())
t(lambda: super(L, L([1])).__len__())
t(lambda: super(I, I(5)).__add__(1))
t(lambda: [x.__name__ for x in map(int.__mul__, [1, 2], [3, 4])])
t(lambda: list(map(int.__mul__, [1, 2], [3, 4])))
t(lambda: sum(map(float.__add__, [1.0], [2.0])))
import types
print(type(int.__add__) is types.WrapperDescriptorType, type((1).__add__) is types.MethodWrapperType)
print(isinstance(object.__init__, types.WrapperDescriptorType), isinstance(len, types.BuiltinFunctionType))

# expect: ok <slot wrapper '__add__' of 'int' objects>
# expect: ok <method-wrapper '__add__' of int object at 0x?>
# expect: ok <method-wrapper '__len__' of list object at 0x?>
# expect: ok 'wrapper_descriptor'
# expect: ok 'method-wrapper'
# expect: ok ('__add__', 'int.__add__', <class 'int'>)
# expect: ok [1]
# expect: ok True
# expect: ok False
# expect: ok True
# expect: TypeError descriptor '__add__' of 'int' object needs an argument
# expect: TypeError descriptor '__add__' requires a 'int' object but received a 'str'
# expect: TypeError expected 1 argument, got 0
# expect: TypeError expected 1 argument, got 2
# expect: TypeError wrapper __add__() takes no keyword arguments
# expect: TypeError expected 0 arguments, got 1
# expect: TypeError descriptor '__len__' of 'list' object needs an argument
# expect: TypeError descriptor '__len__' requires a 'list' object but received a 'tuple'
# expect: TypeError  expected 2 arguments, got 1
# expect: TypeError  expected 2 arguments, got 3
# expect: TypeError  expected 1 argument, got 0
# expect: TypeError  expected 1 argument, got 2
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: ok [1, 1]
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: ok [1, 2, 3]
# expect: TypeError 'int' object is not iterable
# expect: TypeError can only concatenate list (not "tuple") to list
# expect: TypeError can only concatenate tuple (not "list") to tuple
# expect: TypeError can only concatenate str (not "int") to str
# expect: TypeError can't concat int to bytes
# expect: ok 2
# expect: ok 1024
# expect: ok 2
# expect: TypeError  expected at least 1 argument, got 0
# expect: TypeError  expected at most 2 arguments, got 3
# expect: ok 8.0
# expect: TypeError  expected 2 arguments, got 1
# expect: ok None
# expect: KeyError 3
# expect: ok {1: 2, 3: 4}
# expect: ok {1, 3}
# expect: ok {1}
# expect: ok NotImplemented
# expect: ok frozenset({1, 2})
# expect: ok {2}
# expect: ok True
# expect: ok NotImplemented
# expect: ok True
# expect: ok False
# expect: ok NotImplemented
# expect: TypeError descriptor '__eq__' of 'object' object needs an argument
# expect: ok 1
# expect: StopIteration
# expect: ok 5
# expect: ok 2
# expect: ok 'method-wrapper'
# expect: ok 5
# expect: ok <slot wrapper '__or__' of 'int' objects>
# expect: ok int | str
# expect: ok int | str
# expect: ok str | int
# expect: ok False
# expect: ok True
# expect: ok False
# expect: ok True
# expect: ok True
# expect: ok True
# expect: ok True
# expect: ok True
# expect: ok False
# expect: ok True
# expect: ok True
# expect: ok False
# expect: ok 'x'
# expect: ok "ValueError('x')"
# expect: TypeError descriptor '__str__' requires a 'BaseException' object but received a 'int'
# expect: ok [1, 2]
# expect: ok 'R.radd'
# expect: ok 'R.radd'
# expect: ok [1, 1]
# expect: ok [1, 1]
# expect: ok 'R.rmul'
# expect: ok 4.5
# expect: ok 4.5
# expect: ok True
# expect: ok True
# expect: ok 'S+b'
# expect: ok 'ba'
# expect: ok 'ab'
# expect: ok ([1, 2], 'L')
# expect: ok [1, 1]
# expect: ok 'E(1, 2)'
# expect: ok '1'
# expect: ok False
# expect: ok False
# expect: ok False
# expect: ok True
# expect: ok 1
# expect: ok 6
# expect: AttributeError 'int' object has no attribute '__name__'
# expect: ok [3, 8]
# expect: ok 3.0
# expect: True True
# expect: True True
