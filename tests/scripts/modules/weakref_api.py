# weakref API: refs, WeakValueDictionary, WeakSet, finalize, proxy (objects kept alive; weakref_*_dies tests cover dying).
import weakref


class Image:
    loads = 0

    def __init__(self, path):
        Image.loads += 1
        self.path = path

    def __repr__(self):
        return f"Image({self.path!r})"


class ImageCache:
    def __init__(self):
        self._cache = weakref.WeakValueDictionary()

    def get(self, path):
        img = self._cache.get(path)
        if img is None:
            img = Image(path)
            self._cache[path] = img
        return img

    def __len__(self):
        return len(self._cache)


cache = ImageCache()
a = cache.get("a.png")
b = cache.get("b.png")
a2 = cache.get("a.png")
print(a is a2, Image.loads, len(cache), sorted(cache._cache.keys()))
r = weakref.ref(a)
print(r() is a, r == weakref.ref(a), weakref.ref(a)() is a)
try:
    weakref.ref(42)
except TypeError as e:
    print("TypeError:", e)
watchers = weakref.WeakSet()
watchers.add(a)
watchers.add(b)
print(len(watchers), a in watchers, 3 in watchers)
f = weakref.finalize(b, print, "finalizer for b runs at exit")
g = weakref.finalize(a, print, "called early")
print(f.alive, g())
print(g.alive, g(), f.peek()[1] is print)
p = weakref.proxy(a)
print(p.path, repr(p).startswith("<weakproxy"))

# expect: True 2 2 ['a.png', 'b.png']
# expect: True True True
# expect: TypeError: cannot create weak reference to 'int' object
# expect: 2 True False
# expect: called early
# expect: True None
# expect: False None True
# expect: a.png True
# expect: finalizer for b runs at exit
