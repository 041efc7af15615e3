# copy.copy: a new outer container sharing its items; immutable values
# and functions are returned as they are.
import copy

a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a)
a[1].append(9)
a.append('new')
print(b, b is not a, b[1] is a[1])
d = {'x': [1]}
e = copy.copy(d)
d['x'].append(2)
d['y'] = 0
print(e)
s = {1, 2}
print(copy.copy(s), copy.copy(s) is not s)
t = (1, [2])
print(copy.copy(t) is t, copy.copy('str') == 'str', copy.copy(None))


def f():
    pass


print(copy.copy(f) is f, copy.copy(len) is len, copy.copy(int) is int)


class Point:
    def __init__(self, x, tags):
        self.x = x
        self.tags = tags


p = Point(1, ['a'])
q = copy.copy(p)
p.tags.append('b')
p.x = 5
print(type(q).__name__, q.x, q.tags, q.tags is p.tags)

# expect: [1, [2, 3, 9], {'k': [4]}] True True
# expect: {'x': [1, 2]}
# expect: {1, 2} True
# expect: True True None
# expect: True True True
# expect: Point 1 ['a', 'b'] True
