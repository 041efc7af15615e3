# str() of an exception whose class overrides only __repr__ is still
# BaseException.__str__ (the args), as in CPython; __repr__ is used by repr().


class Custom(Exception):
    def __repr__(self):
        return "Custom!"


e = Custom("a", 1)
print(str(e))  # expect: ('a', 1)
print(repr(e))  # expect: Custom!
print(str(Custom("x")))  # expect: x
print(repr(str(Custom())))  # expect: ''
print(f"{Custom('fmt')}")  # expect: fmt
print([Custom("in list")])  # expect: [Custom!]


class Mixin:
    def __str__(self):
        return "from mixin"


class WithMixin(Mixin, ValueError):
    def __repr__(self):
        return "WM"


print(str(WithMixin("ignored")))  # expect: from mixin


class Deeper(Custom):
    pass


print(str(Deeper("deep")), repr(Deeper("deep")))  # expect: deep Custom!

try:
    raise Custom("raised", 2)
except Custom as exc:
    print(exc)  # expect: ('raised', 2)


class NotExc:
    def __repr__(self):
        return "plain repr"


print(str(NotExc()))  # expect: plain repr
