for i in range(3):
    print(i)
else:
    print("done", i)
for x in [1, 3, 5, 6, 7]:
    if x % 2 == 0:
        print("found even", x)
        break
else:
    print("no even")
for x in []:
    pass
else:
    print("empty for else")
def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            break
    else:
        return -1
    return i
print(find("hello", "l"), find("hello", "z"))

# expect: 0
# expect: 1
# expect: 2
# expect: done 2
# expect: found even 6
# expect: empty for else
# expect: 2 -1
