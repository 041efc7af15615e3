# int and float have no in-place operators, so `x op= y` is `x op y`: a
# subclass on the right overriding the reflected method goes first, and a
# subclass on the left without __ior__ gets its own __or__.
class Flag(int):
    def __or__(self, other):
        return Flag(int(self) | int(other))
    __ror__ = __or__
    def __repr__(self):
        return 'Flag(%d)' % int(self)

class Meters(float):
    def __radd__(self, other):
        return Meters(float(self) + other)
    def __repr__(self):
        return 'Meters(%r)' % float(self)

n = 0
n |= Flag(2)
print(repr(n))
n |= 4
print(repr(n))
m = 1.5
m += Meters(2.0)
print(repr(m))
k = 3
k += 4
print(k)
# expect: Flag(2)
# expect: Flag(6)
# expect: Meters(3.5)
# expect: 7
