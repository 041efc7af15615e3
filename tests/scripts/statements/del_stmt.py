x = 1
del x
try:
    print(x)
except NameError as e:
    print(e)
l = [0, 1, 2, 3, 4]
del l[0], l[-1]
print(l)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
def f():
    y = 2
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(f())
a, b = 1, 2
del (a, b)
print('a' in dir(), 'b' in dir())
try:
    del d['zz']
except KeyError as e:
    print('KeyError', e)

# expect: name 'x' is not defined
# expect: [1, 2, 3]
# expect: {'b': 2}
# expect: cannot access local variable 'y' where it is not associated with a value
# expect: False False
# expect: KeyError 'zz'
