# functools.singledispatchmethod: dispatch on the first argument after self
# (or cls when it wraps a classmethod), registration by annotation or by
# class, the fallback, and the check that it wraps a callable.
from functools import singledispatchmethod


class Negator:
    @singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError("Cannot negate a")

    @neg.register
    def _(self, arg: int):
        return -arg

    @neg.register(bool)
    def _(self, arg):
        return not arg

    @singledispatchmethod
    @classmethod
    def kind(cls, arg):
        return cls.__name__ + ' other'

    @kind.register(str)
    @classmethod
    def _(cls, arg):
        return cls.__name__ + ' str ' + arg


n = Negator()
print(n.neg(5), n.neg(True), Negator.kind('x'), Negator.kind(1.5), n.neg.__name__)
try:
    n.neg('s')
except NotImplementedError as e:
    print(e)
try:
    singledispatchmethod(3)
except TypeError as e:
    print(e)

# expect: -5 False Negator str x Negator other neg
# expect: Cannot negate a
# expect: 3 is not callable or a descriptor
