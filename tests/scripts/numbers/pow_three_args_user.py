# pow(x, e, m) calls a class's __pow__(e, m); messages for operands with no three-argument power.
class Mod:
    def __init__(self, v):
        self.v = v
    def __pow__(self, e, m=None):
        return ("pow", self.v, e, m)
    def __rpow__(self, other):
        return "rpow"
print(pow(Mod(2), 3), pow(Mod(2), 3, 5), Mod(2) ** 4, 2 ** Mod(1))
class NoMod:
    def __pow__(self, e):
        return e
try:
    pow(NoMod(), 2, 3)
except TypeError as e:
    print("TypeError:", e)
class NI:
    def __pow__(self, e, m=None):
        return NotImplemented
try:
    pow(NI(), 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, Mod(1), 3)
except TypeError as e:
    print("TypeError:", e)
from decimal import Decimal
print(pow(Decimal(3), 4, 5), pow(7, 2, 5))
for a in [(2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), ("a", 2, 3), (2, "a", 3), (2, 3, "a"), (2.0, "a", 3), ("a", 2.0, 3)]:
    try:
        pow(*a)
    except TypeError as e:
        print(a, e)

# expect: ('pow', 2, 3, None) ('pow', 2, 3, 5) ('pow', 2, 4, None) rpow
# expect: TypeError: NoMod.__pow__() takes 2 positional arguments but 3 were given
# expect: TypeError: unsupported operand type(s) for ** or pow(): 'NI', 'int', 'int'
# expect: TypeError: unsupported operand type(s) for ** or pow(): 'int', 'Mod', 'int'
# expect: 1 4
# expect: (2.0, 3, 5) pow() 3rd argument not allowed unless all arguments are integers
# expect: (2, 3.0, 5) pow() 3rd argument not allowed unless all arguments are integers
# expect: (2, 3, 5.0) pow() 3rd argument not allowed unless all arguments are integers
# expect: ('a', 2, 3) unsupported operand type(s) for ** or pow(): 'str', 'int', 'int'
# expect: (2, 'a', 3) unsupported operand type(s) for ** or pow(): 'int', 'str', 'int'
# expect: (2, 3, 'a') unsupported operand type(s) for ** or pow(): 'int', 'int', 'str'
# expect: (2.0, 'a', 3) pow() 3rd argument not allowed unless all arguments are integers
# expect: ('a', 2.0, 3) pow() 3rd argument not allowed unless all arguments are integers
