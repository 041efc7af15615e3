# Superinstructions (LOAD_FAST+LOAD_FAST, LOAD_FAST+LOAD_CONST, LOAD_FAST+LOAD_ATTR,
# STORE_FAST+LOAD_FAST, PUSH_NULL+LOAD_GLOBAL) behave as the two instructions.
def unbound_second():
    a = 1
    if False:
        b = 2
    try:
        return a + b
    except UnboundLocalError as e:
        return str(e)
print(unbound_second())

def unbound_first():
    if False:
        a = 1
    b = 2
    try:
        return a + b
    except UnboundLocalError as e:
        return str(e)
print(unbound_first())

def const_after_unbound():
    if False:
        x = 1
    try:
        return x + 1
    except UnboundLocalError as e:
        return str(e)
print(const_after_unbound())

class P:
    def __init__(self):
        self.x = 1
    @property
    def y(self):
        return self.x + 10

def attrs(p):
    return p.x, p.y, p.x

p = P()
print(attrs(p))
p.x = 5
print(attrs(p))
print(attrs(type('Q', (), {'x': 3, 'y': 4})()))

def missing_attr(p):
    try:
        return p.nope
    except AttributeError as e:
        return str(e)
print(missing_attr(p))

def missing_global():
    try:
        return undefined_name(1)
    except NameError as e:
        return str(e)
print(missing_global())

def store_then_load(n):
    t = 0
    for i in range(n):
        j = i * 2
        t += j
    return t
print(store_then_load(10))

def store_then_unbound():
    a = 1
    try:
        return b
    except UnboundLocalError as e:
        return str(e)
    b = 2
print(store_then_unbound())

def builder_locals():
    s = ''
    for c in 'abc':
        s += c
        t = s
        s += c
    return s, t
print(builder_locals())

g = 1
def global_rebound():
    global g
    out = []
    for i in range(3):
        out.append(len([g]))
        g = [i] * i
    return out, g
print(global_rebound())
import traceback
def tb_line():
    x = None
    return x.attr
try:
    tb_line()
except AttributeError:
    print(traceback.format_exc().splitlines()[-3:])
# expect: cannot access local variable 'b' where it is not associated with a value
# expect: cannot access local variable 'a' where it is not associated with a value
# expect: cannot access local variable 'x' where it is not associated with a value
# expect: (1, 11, 1)
# expect: (5, 15, 5)
# expect: (3, 4, 3)
# expect: 'P' object has no attribute 'nope'
# expect: name 'undefined_name' is not defined
# expect: 90
# expect: cannot access local variable 'b' where it is not associated with a value
# expect: ('aabbcc', 'aabbc')
# expect: ([1, 1, 1], [2, 2])
# expect: ['    return x.attr', '           ^^^^^^', "AttributeError: 'NoneType' object has no attribute 'attr'"]
