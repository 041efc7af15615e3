# x op= y uses __iop__ when defined (and not NotImplemented), else __op__,
# else __rop__ of the right operand; the error names the in-place operator.
class Bag:
    def __init__(self):
        self.items = []

    def __iadd__(self, o):
        self.items.append(o)
        return self


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + o)

    def __rmul__(self, o):
        return Num(self.v * o)


class Declines:
    def __iadd__(self, o):
        return NotImplemented

    def __add__(self, o):
        return "fell back to __add__"


b = Bag()
same = b
b += 1
b += "two"
print(b is same, b.items)
n = Num(1)
old = n
n += 5
print(n is old, n.v, old.v)
k = 3
k *= Num(2)
print(type(k).__name__, k.v)
d = Declines()
d += 1
print(d)
x = Num(1)
try:
    x -= 1
except TypeError as e:
    print(e)
try:
    x **= 2
except TypeError as e:
    print(e)
try:
    x //= 2
except TypeError as e:
    print(e)
lst = [1]
alias = lst
lst += (2, 3)
print(lst is alias, lst)
t = (1,)
t += (2,)
print(t)
try:
    t += [3]
except TypeError as e:
    print(e)

# expect: True [1, 'two']
# expect: False 6 1
# expect: Num 6
# expect: fell back to __add__
# expect: unsupported operand type(s) for -=: 'Num' and 'int'
# expect: unsupported operand type(s) for **=: 'Num' and 'int'
# expect: unsupported operand type(s) for //=: 'Num' and 'int'
# expect: True [1, 2, 3]
# expect: (1, 2)
# expect: can only concatenate tuple (not "list") to tuple
