# __getattr__ runs only for missing attributes (instance, class, methods are
# found first); AttributeError from it makes getattr()/hasattr() fall back.
class Proxy:
    kind = "proxy"

    def __init__(self, target):
        self._target = target

    def own(self):
        return "own method"

    def __getattr__(self, name):
        print("__getattr__", name)
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
print(p.kind, p.own(), p._target)
p.append(0)
print(p.count(3), p._target)
print(p.__class__.__name__)
try:
    p.nope
except AttributeError as e:
    print(e)
print(getattr(p, "nope", "default"), hasattr(p, "index"), hasattr(p, "zzz"))


class Plain:
    pass


for f in [lambda: Plain().x, lambda: Plain.x, lambda: setattr(Plain(), 1, 2),
          lambda: getattr(Plain(), 1), lambda: delattr(Plain(), "zz")]:
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)

# expect: proxy own method [3, 1, 2]
# expect: __getattr__ append
# expect: __getattr__ count
# expect: 1 [3, 1, 2, 0]
# expect: Proxy
# expect: __getattr__ nope
# expect: 'list' object has no attribute 'nope'
# expect: __getattr__ nope
# expect: __getattr__ index
# expect: __getattr__ zzz
# expect: default True False
# expect: AttributeError 'Plain' object has no attribute 'x'
# expect: AttributeError type object 'Plain' has no attribute 'x'
# expect: TypeError attribute name must be string, not 'int'
# expect: TypeError attribute name must be string, not 'int'
# expect: AttributeError 'Plain' object has no attribute 'zz'
