fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def make():
    fs = []
    for i in range(3):
        def f():
            return i * 10
        fs.append(f)
    i = 100
    return fs
print([f() for f in make()])

# expect: [2, 2, 2]
# expect: [0, 1, 2]
# expect: [1000, 1000, 1000]
