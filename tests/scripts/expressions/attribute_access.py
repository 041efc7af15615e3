class P:
    def __init__(self, x):
        self.x = x
    def double(self):
        return self.x * 2
p = P(4)
print(p.x, p.double())
p.x = 10
p.y = 'new'
print(p.x, p.y, p.double())
del p.y
print(hasattr(p, 'y'))
m = p.double
print(m())
print((1).__add__(2), "abc".upper(), [3, 1].__len__())
try:
    p.missing
except AttributeError as e:
    print(e)
try:
    (1).foo
except AttributeError as e:
    print(e)

# expect: 4 8
# expect: 10 new 20
# expect: False
# expect: 20
# expect: 3 ABC 2
# expect: 'P' object has no attribute 'missing'
# expect: 'int' object has no attribute 'foo'
