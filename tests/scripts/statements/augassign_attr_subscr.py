class Box:
    pass
b = Box()
b.count = 1
b.count += 41
print(b.count)
d = {'k': 1}
d['k'] += 1
d['k'] *= 10
print(d)
m = [[1, 2], [3, 4]]
m[1][1] **= 2
m[0][-1] -= 1
print(m)
calls = []
def key():
    calls.append('key')
    return 'k'
def obj():
    calls.append('obj')
    return d
obj()[key()] += 5
print(d, calls)
try:
    d['missing'] += 1
except KeyError as e:
    print('KeyError', e)

# expect: 42
# expect: {'k': 20}
# expect: [[1, 1], [3, 16]]
# expect: {'k': 25} ['obj', 'key']
# expect: KeyError 'missing'
