for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        print(i, j)
    else:
        print("inner else", i)
out = []
for i in range(3):
    k = 0
    while True:
        k += 1
        if k == 3:
            break
        out.append((i, k))
print(out)

# expect: 0 0
# expect: 1 1
# expect: 2 0
# expect: 2 2
# expect: 3 1
# expect: 3 3
# expect: inner else 3
# expect: [(0, 1), (0, 2), (1, 1), (1, 2), (2, 1), (2, 2)]
