# super() from a mixin into the methods of dict and list, with the built-in
# base after the mixin (class LD(Mixin, dict)).
class M:
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
    def __getitem__(self, k):
        return super().__getitem__(k) + 1
class LD(M, dict):
    pass
d = LD()
d['a'] = 5
print(d, d['a'], dict(d), isinstance(d, dict), type(d).__mro__)
class LL(M, list):
    pass
l = LL([1, 2])
l[0] = 10
print(l, l[0], l[1], len(l))
class Logged:
    def append(self, x):
        print("append", x)
        super().append(x)
class LoggedList(Logged, list): pass
ll = LoggedList()
ll.append(3)
print(ll)
class CountMixin:
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.count = 0
    def __setitem__(self, k, v):
        self.count += 1
        super().__setitem__(k, v)
class CD(CountMixin, dict): pass
cd = CD(x=1)
cd['y'] = 2; cd['z'] = 3
print(cd, cd.count, len(cd), sorted(cd))
class Iter(dict):
    def __iter__(self):
        return iter(['k'])
    def __getitem__(self, k):
        return 'via getitem'
    def keys(self):
        return ['k']
print(dict(Iter(k=1)), dict(LD(a=1)))

# expect: {'a': 10} 11 {'a': 10} True (<class '__main__.LD'>, <class '__main__.M'>, <class 'dict'>, <class 'object'>)
# expect: [20, 2] 21 3 2
# expect: append 3
# expect: [3]
# expect: {'x': 1, 'y': 2, 'z': 3} 2 3 ['x', 'y', 'z']
# expect: {'k': 'via getitem'} {'a': 1}
