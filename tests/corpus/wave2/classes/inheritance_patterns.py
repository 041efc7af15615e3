# Inheritance patterns from an OOP textbook: overriding properties, super() in
# classmethods and properties, mixins with __repr__, delegation with __getattr__, and abstract template methods.
class Shape:
    sides = 0

    def __init__(self, name):
        self._name = name

    @property
    def name(self):
        return self._name

    @property
    def description(self):
        return f"{self.name} with {self.sides} sides"

    @classmethod
    def create(cls, *args):
        obj = cls(*args)
        obj.created_by = cls.__name__
        return obj

    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")

    def report(self):
        return f"{self.description}: area {self.area():.2f}"


class Rect(Shape):
    sides = 4

    def __init__(self, w, h):
        super().__init__("rectangle")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    @property
    def description(self):
        return super().description + f" ({self.w}x{self.h})"


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self._name = "square"

    @classmethod
    def create(cls, *args):
        obj = super().create(*args)
        obj.kind = "special"
        return obj


class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return f"{type(self).__name__}({fields})"


class Tri(ReprMixin, Shape):
    sides = 3

    def __init__(self, b, h):
        super().__init__("triangle")
        self.b, self.h = b, h

    def area(self):
        return self.b * self.h / 2


for s in [Rect(2, 3), Square.create(4), Tri(3, 5), Shape("blob")]:
    try:
        print(s.report())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
sq = Square.create(2)
print(sq.created_by, sq.kind, repr(Tri(1, 2)), Square.__mro__[1].__name__, Square.description.fget.__qualname__)
try:
    sq.name = "x"
except AttributeError as e:
    print("AttributeError:", e)


class Logged:
    def __init__(self, wrapped):
        self._wrapped = wrapped
        self.calls = []

    def __getattr__(self, name):
        attr = getattr(self._wrapped, name)
        if callable(attr):
            def traced(*a, **k):
                self.calls.append(name)
                return attr(*a, **k)
            return traced
        return attr


lst = Logged([3, 1, 2])
lst.append(0)
lst.sort()
print(lst._wrapped, lst.calls, lst.count(1), lst.calls)
print(isinstance(sq, Rect), issubclass(Square, Shape), type(sq) is Rect, Square.sides, vars(Square).get("sides"))
print(super(Square, sq).area(), super(Rect, sq).description)
