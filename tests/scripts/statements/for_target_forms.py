d = {}
for d["k"] in [1, 2]:
    pass
print(d)
class O:
    pass
o = O()
for o.attr in "xy":
    pass
print(o.attr)
lst = [0, 0]
for i, lst[i] in [(0, 5), (1, 6)]:
    pass
print(lst)
for (a, b), *c in [((1, 2), 3, 4)]:
    print(a, b, c)
for _ in range(2):
    pass
print(_)
for i in range(0):
    pass
try:
    print(i)
except NameError:
    print("i unchanged?")

# expect: {'k': 2}
# expect: y
# expect: [5, 6]
# expect: 1 2 [3, 4]
# expect: 1
# expect: 1
