# Superinstruction triples: LOAD_FAST and LOAD_FAST/LOAD_CONST, then
# arithmetic or a comparison (with or without the jump after it).
def arith(a, b):
    return [a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, a + 1, a - 1, a * 3, a // 2, a % 7]

print(arith(7, 2))
print(arith(-7, 2))
print(arith(7.5, 2))
print(arith(2 ** 46, 2 ** 46))   # overflows the small ints
print(arith(2 ** 100, 3))
print(arith(True, 2))

def concat(a, b):
    return a + b, a * 2
print(concat('ab', 'cd'))
print(concat([1], [2]))

def compare(a, b):
    out = [a < b, a <= b, a == b, a != b, a > b, a >= b, a < 10, a == 3.0]
    if a < b:
        out.append('lt')
    if not a < b:
        out.append('not lt')
    n = 0
    while n < 3:
        n += 1
    out.append(n)
    return out

print(compare(3, 5))
print(compare(5, 3))
print(compare(3.0, 3))
print(compare(2 ** 60, 2 ** 61))
print(compare(float('nan'), 1.0))
for a, b in (('a', 'b'), (1, 'x')):
    try:
        compare(a, b)
    except TypeError as e:
        print(e)

def unbound(flag):
    if flag:
        x = 1
    try:
        return x + 1
    except UnboundLocalError as e:
        return str(e)
print(unbound(True), unbound(False))

def unbound2(flag):
    y = 2
    if flag:
        x = 1
    try:
        return y < x
    except UnboundLocalError as e:
        return str(e)
print(unbound2(True), unbound2(False))

def zero(a, b):
    try:
        return a // b
    except ZeroDivisionError as e:
        return str(e)
print(zero(1, 0), zero(1.0, 0), zero(5, 2))

def chain(a, b, c):
    return a < b < c, a < b > c
print(chain(1, 2, 3), chain(3, 2, 1))

def builder():
    s = 'x'
    s += 'y'
    t = s + s
    return s < t, t
print(builder())

class N:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return N(self.v + (o.v if isinstance(o, N) else o))
    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, N) else o)
    def __repr__(self):
        return 'N(%r)' % self.v
def objs(a, b):
    return a + b, a + 1, a < b, a < 5
print(objs(N(1), N(2)))
# expect: [9, 5, 14, 3.5, 3, 1, 49, 8, 6, 21, 3, 0]
# expect: [-5, -9, -14, -3.5, -4, 1, 49, -6, -8, -21, -4, 0]
# expect: [9.5, 5.5, 15.0, 3.75, 3.0, 1.5, 56.25, 8.5, 6.5, 22.5, 3.0, 0.5]
# expect: [140737488355328, 0, 4951760157141521099596496896, 1.0, 1, 0, 4951760157141521099596496896, 70368744177665, 70368744177663, 211106232532992, 35184372088832, 2]
# expect: [1267650600228229401496703205379, 1267650600228229401496703205373, 3802951800684688204490109616128, 4.2255020007607644e+29, 422550200076076467165567735125, 1, 1606938044258990275541962092341162602522202993782792835301376, 1267650600228229401496703205377, 1267650600228229401496703205375, 3802951800684688204490109616128, 633825300114114700748351602688, 2]
# expect: [3, -1, 2, 0.5, 0, 1, 1, 2, 0, 3, 0, 1]
# expect: ('abcd', 'abab')
# expect: ([1, 2], [1, 1])
# expect: [True, True, False, True, False, False, True, True, 'lt', 3]
# expect: [False, False, False, True, True, True, True, False, 'not lt', 3]
# expect: [False, True, True, False, False, True, True, True, 'not lt', 3]
# expect: [True, True, False, True, False, False, False, False, 'lt', 3]
# expect: [False, False, False, True, False, False, False, False, 'not lt', 3]
# expect: '<' not supported between instances of 'str' and 'int'
# expect: '<' not supported between instances of 'int' and 'str'
# expect: 2 cannot access local variable 'x' where it is not associated with a value
# expect: False cannot access local variable 'x' where it is not associated with a value
# expect: integer division or modulo by zero float floor division by zero 2
# expect: (True, False) (False, False)
# expect: (True, 'xyxy')
# expect: (N(3), N(2), True, True)
