d = {1: 'a', 2: 'b'}
try:
    for k in d:
        d[k + 10] = 'x'
except RuntimeError as e:
    print(e)
s = {1, 2, 3}
try:
    for v in s:
        s.add(v * 10)
except RuntimeError as e:
    print(e)
l = [1, 2, 3]
for v in l:
    if v == 1:
        l.remove(v)
print(l)
d = {1: 'a', 2: 'b'}
for k in list(d):
    del d[k]
print(d)

# expect: dictionary changed size during iteration
# expect: Set changed size during iteration
# expect: [2, 3]
# expect: {}
