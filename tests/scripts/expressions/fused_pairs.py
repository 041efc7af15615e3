# The dispatch loop runs some instruction pairs as one: a comparison and the
# conditional jump after it, an in-place operator and the STORE_FAST after
# it, FOR_ITER and the loop variable's STORE_FAST. Only their fast paths
# (small ints, floats, ranges and lists) are fused; everything else runs the
# two instructions one by one, with the same results and errors.

def branches(a, b):
    out = []
    if a < b:
        out.append("lt")
    if not a == b:
        out.append("ne")
    while a >= b:
        out.append("ge")
        break
    out.append(a < b or "no")
    out.append(a > b and "yes")
    return out

print(branches(1, 2), branches(2.5, 2), branches(3, 3.0))  # expect: ['lt', 'ne', True, False] ['ne', 'ge', 'no', 'yes'] ['ge', 'no', False]
nan = float("nan")
print(branches(nan, 1), branches(1, nan))  # expect: ['ne', 'no', False] ['ne', 'no', False]
print(branches("a", "b"), branches([1], [1]))  # expect: ['lt', 'ne', True, False] ['ge', 'no', False]

class Weird:
    def __lt__(self, other):
        return []          # falsy, not a bool
    def __ge__(self, other):
        return [1]         # truthy, not a bool
    def __eq__(self, other):
        raise ValueError("no eq")

w = Weird()
try:
    branches(w, 1)
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: no eq

def compare_error(x):
    if x < 1:
        return "small"
    return "big"

try:
    compare_error("s")
except TypeError as e:
    print(e, e.__traceback__.tb_next.tb_lineno)  # expect: '<' not supported between instances of 'str' and 'int' 40

# In-place operators stored into locals: overflow to big ints, floats,
# strings, lists, user classes.
def accumulate():
    i = 2 ** 46
    i += 2 ** 46
    i += 2 ** 46
    j = -(2 ** 47)
    j -= 1
    k = 3
    k *= 2 ** 46
    k //= 2
    f = 0.5
    f += 1
    f -= 0.25
    s = "a"
    s += "b"
    l = [1]
    alias = l
    l += [2]
    return i, j, k, f, s, l is alias, l

print(accumulate())  # expect: (211106232532992, -140737488355329, 105553116266496, 1.25, 'ab', True, [1, 2])

class Acc:
    def __init__(self):
        self.n = 0
    def __iadd__(self, other):
        self.n += other
        return self

def user_iadd():
    a = Acc()
    b = a
    for x in range(4):
        a += x
    return a is b, a.n

print(user_iadd())  # expect: (True, 6)

def iadd_error():
    t = 1
    t += "x"
    return t

try:
    iadd_error()
except TypeError as e:
    print(e, e.__traceback__.tb_next.tb_lineno)  # expect: unsupported operand type(s) for +=: 'int' and 'str' 90

# for loops: ranges with steps and at the small-int edge, lists changed
# while iterated, unpacking targets (not fused), and the loop variable
# after the loop.
def loops():
    out = []
    for i in range(10, 0, -3):
        out.append(i)
    last = None
    for last in range(2 ** 47 - 2, 2 ** 47 + 1):
        out.append(last)
    items = [1, 2, 3]
    for x in items:
        if x == 1:
            items.append(4)
        out.append(x)
    for a, b in [(1, 2), (3, 4)]:
        out.append(a + b)
    for _ in []:
        out.append("never")
    return out, last, x

print(loops())  # expect: ([10, 7, 4, 1, 140737488355326, 140737488355327, 140737488355328, 1, 2, 3, 4, 3, 7], 140737488355328, 4)

# A generator consumed by a for loop (not fused) next to a range loop.
def gen():
    yield 1
    yield 2

def mixed():
    total = 0
    for g in gen():
        for r in range(g):
            total += r + g
    return total

print(mixed())  # expect: 6
