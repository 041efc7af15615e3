# object's own special methods are real methods: super().__eq__/__hash__/
# __repr__/__setattr__, object.__new__, object() itself.
class Point:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        if not isinstance(other, Point):
            return super().__eq__(other)
        return self.x == other.x

    __hash__ = object.__hash__


p = Point(1)
print(p == Point(1), p != Point(2), p == 1, p.__eq__(1), object.__eq__(p, p))
print(p.__lt__(p), object.__ne__(p, p))
print(type(hash(p)).__name__, hash(p) == object.__hash__(p))


class Quiet:
    def __setattr__(self, name, value):
        print("setting", name)
        object.__setattr__(self, name, value.upper())


q = Quiet()
q.name = "abc"
print(q.name)


class Single:
    _instance = None

    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, v):
        self.v = v


a = Single(1)
b = Single(2)
print(a is b, a.v)

o = object()
print(type(o).__name__, o == o, o != object())
try:
    o.attr = 1
except AttributeError as e:
    print(e)
try:
    object(1)
except TypeError as e:
    print(e)
print(repr(object.__repr__(p)).startswith("'<__main__.Point object at 0x"))
print(object.__str__(p) == repr(p), format(p, "") == str(p))
try:
    format(p, "x")
except TypeError as e:
    print(e)

# expect: True True False NotImplemented True
# expect: NotImplemented False
# expect: int True
# expect: setting name
# expect: ABC
# expect: True 2
# expect: object True True
# expect: 'object' object has no attribute 'attr'
# expect: object() takes no arguments
# expect: True
# expect: True True
# expect: unsupported format string passed to Point.__format__
