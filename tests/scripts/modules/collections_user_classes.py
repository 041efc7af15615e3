# UserDict, UserList and UserString: wrappers meant for subclassing.
from collections import UserDict, UserList, UserString
from collections.abc import MutableMapping, MutableSequence, Sequence


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __missing__(self, key):
        return f"<no {key}>"


d = LowerDict({"Hello": 1}, World=2)
print(d, d["hello"], d["nope"], len(d), "world" in d, isinstance(d, MutableMapping))
d.update(Extra=3)
print(sorted(d), d.data, d.get("extra"), d.copy(), type(d.copy()).__name__)
print(d | {"z": 0}, UserDict.fromkeys("ab", 0))
del d["extra"]
print(d.pop("world"), d)


class History(UserList):
    def append(self, item):
        super().append(item)
        if len(self.data) > 3:
            del self.data[0]


h = History([1, 2])
for i in range(3, 7):
    h.append(i)
print(h, h[0], h[1:], type(h[1:]).__name__, h + [9], [0] + h, h * 2, len(h))
h.sort(reverse=True)
print(h, h.index(5), h.count(4), 5 in h, h == [6, 5, 4], h < [7], isinstance(h, MutableSequence))
h.extend(History([1]))
h.insert(0, 10)
print(h, h.pop(), h.copy())


class Shout(UserString):
    def shout(self):
        return self.upper() + "!"


s = Shout("hello world")
print(s, repr(s), s.shout(), type(s.upper()).__name__, s.split(), s.title(), s[0:5], len(s))
print(s + "?", "x" + s, s * 2, "world" in s, s == "hello world", s.find("o"), s.replace("l", "L"))
print(isinstance(s, Sequence), s.startswith("he"), s.center(15, "*"), sorted([Shout("b"), Shout("a")]))
print(hash(s) == hash("hello world"), int(UserString("42")) + 1, s.join(["<", ">"]))

# expect: {'hello': 1, 'world': 2} 1 <no nope> 2 True True
# expect: ['extra', 'hello', 'world'] {'hello': 1, 'world': 2, 'extra': 3} 3 {'hello': 1, 'world': 2, 'extra': 3} LowerDict
# expect: {'hello': 1, 'world': 2, 'extra': 3, 'z': 0} {'a': 0, 'b': 0}
# expect: 2 {'hello': 1}
# expect: [4, 5, 6] 4 [5, 6] History [4, 5, 6, 9] [0, 4, 5, 6] [4, 5, 6, 4, 5, 6] 3
# expect: [6, 5, 4] 1 1 True True True True
# expect: [10, 6, 5, 4] 1 [10, 6, 5, 4]
# expect: hello world 'hello world' HELLO WORLD! Shout ['hello', 'world'] Hello World hello 11
# expect: hello world? xhello world hello worldhello world True True 4 heLLo worLd
# expect: True True **hello world** ['a', 'b']
# expect: True 43 <hello world>
