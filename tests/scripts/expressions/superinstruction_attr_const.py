# Superinstructions COPY+LOAD_ATTR, SWAP+STORE_ATTR (augmented attribute
# assignment) and LOAD_CONST+BINARY_OP behave as the plain instructions.
class V:
    def __init__(self):
        self.x = 1
        self.f = 0.5

class Slotted:
    __slots__ = ('x',)
    def __init__(self):
        self.x = 10

class Logged:
    def __init__(self):
        object.__setattr__(self, 'x', 1)
    def __setattr__(self, name, value):
        print('set', name, value)
        object.__setattr__(self, name, value)

class Prop:
    def __init__(self):
        self._x = 2
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        print('setter', v)
        self._x = v

def bump(o, n):
    for i in range(n):
        o.x += i
    return o.x

for o in (V(), Slotted(), Logged(), Prop()):
    print(type(o).__name__, bump(o, 3))

v = V()
v.__dict__['y'] = 5  # a dict-backed attribute
def bump_f(o):
    o.f *= 3.0
    o.f -= 0.25
    o.y += 1
    return o.f, o.y
print(bump_f(v))

class NoAttr:
    pass
def missing(o):
    try:
        o.x += 1
    except AttributeError as e:
        return str(e)
print(missing(NoAttr()))

def targets(a, b):
    a.x, b.x = b.x, a.x
    return a.x, b.x
print(targets(V(), Slotted()))

def const_ops(x):
    out = [x % 7, x // 2, x ** 2, x << 3, x >> 1, x & 6, x | 1, x ^ 5, x / 4, x % -3, x // -4]
    try:
        out.append(x % 0)
    except ZeroDivisionError as e:
        out.append(str(e))
    try:
        out.append(x // 0)
    except ZeroDivisionError as e:
        out.append(str(e))
    return out
print(const_ops(17))
print(const_ops(-17))
def float_ops(x):
    out = [x % 7, x // 2, x ** 2, x / 4, x % -3, x // -4, x ** 0.5, x - 1]
    try:
        out.append(x % 0)
    except ZeroDivisionError as e:
        out.append(str(e))
    try:
        out.append(x / 0)
    except ZeroDivisionError as e:
        out.append(str(e))
    return out
print(float_ops(2.5))
print(float_ops(-2.5))
try:
    print(const_ops(2.5))
except TypeError as e:
    print(e)
print(const_ops(2 ** 60))
def big(x):
    return x << 70, x ** 40, (-x) ** 0.5
print(big(3))
def strfmt(s):
    return s % 3, s % (1,)
print(strfmt('%d'))
# expect: V 4
# expect: Slotted 13
# expect: set x 1
# expect: set x 2
# expect: set x 4
# expect: Logged 4
# expect: setter 2
# expect: setter 3
# expect: setter 5
# expect: Prop 5
# expect: (1.25, 6)
# expect: 'NoAttr' object has no attribute 'x'
# expect: (10, 1)
# expect: [3, 8, 289, 136, 8, 0, 17, 20, 4.25, -1, -5, 'integer modulo by zero', 'integer division or modulo by zero']
# expect: [4, -9, 289, -136, -9, 6, -17, -22, -4.25, -2, 4, 'integer modulo by zero', 'integer division or modulo by zero']
# expect: [2.5, 1.0, 6.25, 0.625, -0.5, -1.0, 1.5811388300841898, 1.5, 'float modulo', 'float division by zero']
# expect: [4.5, -2.0, 6.25, -0.625, -2.5, 0.0, (9.681683036350969e-17+1.5811388300841898j), -3.5, 'float modulo', 'float division by zero']
# expect: unsupported operand type(s) for <<: 'float' and 'int'
# expect: [1, 576460752303423488, 1329227995784915872903807060280344576, 9223372036854775808, 576460752303423488, 0, 1152921504606846977, 1152921504606846981, 2.8823037615171174e+17, -2, -288230376151711744, 'integer modulo by zero', 'integer division or modulo by zero']
# expect: (3541774862152233910272, 12157665459056928801, (1.0605752387249068e-16+1.7320508075688772j))
# expect: ('3', '1')
