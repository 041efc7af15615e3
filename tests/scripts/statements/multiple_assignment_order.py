log = []
class Rec:
    def __setitem__(self, k, v):
        log.append(("set", k, v))
def val():
    log.append("value")
    return 1
r = Rec()
r["a"] = r["b"] = val()
print(log)
x = [1, 2, 3]
i = 0
i, x[i] = 2, 99
print(i, x)
a = b = []
a.append(1)
print(b)
a, b = b, a = [1, 2], [3, 4]
print(a, b)

# expect: ['value', ('set', 'a', 1), ('set', 'b', 1)]
# expect: 2 [1, 2, 99]
# expect: [1]
# expect: [3, 4] [1, 2]
