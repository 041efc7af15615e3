# classmethod.__get__ defers to a wrapped descriptor's __get__(cls, cls): @classmethod @property is a class property (3.9-3.12).
class P:
    _registry = ["a", "b"]

    @classmethod
    @property
    def count(cls):
        return len(cls._registry)

    @classmethod
    def make(cls):
        return cls.__name__


class Q(P):
    _registry = ["x"]


print(P.count, Q.count, P().count, Q().count, P.make(), Q().make())
print(P.__dict__["count"].__get__(None, Q), P.__dict__["make"].__get__(None, Q)())


class Desc:
    def __get__(self, obj, owner=None):
        return ("desc", obj.__name__ if isinstance(obj, type) else obj, owner.__name__)


class R:
    d = classmethod(Desc())
    s = classmethod(staticmethod(len))


print(R.d, R().d, R.s("abc"))

# expect: 2 1 2 1 P Q
# expect: 1 Q
# expect: ('desc', 'R', 'R') ('desc', 'R', 'R') 3
