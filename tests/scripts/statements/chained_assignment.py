a = b = c = [1]
a.append(2)
print(a, b, c, a is c)
x = y = 5
y += 1
print(x, y)
i = lst = None
lst = [0, 0, 0]
i = lst[i] = 1 if False else 2
print(i, lst)

# expect: [1, 2] [1, 2] [1, 2] True
# expect: 5 6
# expect: 2 [0, 0, 2]
