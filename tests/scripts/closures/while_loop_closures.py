funcs = []
i = 0
while i < 3:
    funcs.append(lambda i=i: i * i)
    i += 1
print([f() for f in funcs])
def make():
    out = []
    n = 0
    while n < 3:
        out.append(lambda: n)
        n += 1
    return out
print([f() for f in make()])

# expect: [0, 1, 4]
# expect: [3, 3, 3]
