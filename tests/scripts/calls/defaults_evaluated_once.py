def append(x, acc=[]):
    acc.append(x)
    return acc
print(append(1))
print(append(2))
print(append(3, []))
n = 5
def g(x=n):
    return x
n = 6
print(g())
print(append.__defaults__)

# expect: [1]
# expect: [1, 2]
# expect: [3]
# expect: 5
# expect: ([1, 2],)
