# dir() lists names sorted; vars() returns __dict__.
class C:
    cls_attr = 1
    def method(self): pass
c = C()
c.b = 2
c.a = 1
names = dir(c)
print([n for n in names if not n.startswith("__")])  # expect: ['a', 'b', 'cls_attr', 'method']
print(names == sorted(names))                        # expect: True
print(vars(c))                                       # expect: {'b': 2, 'a': 1}
def f():
    z = 1
    y = 2
    return dir()
print(f())                                           # expect: ['y', 'z']
vars(1)
# expect runtime error: TypeError: vars() argument must have __dict__ attribute
