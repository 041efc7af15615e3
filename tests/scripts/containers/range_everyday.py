print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)))
r = range(1, 20, 4)
print(r, len(r), r[1], r[-1], r[1:3], 9 in r, r.index(13), list(reversed(r)))
print(range(3) == range(0, 3), sum(range(101)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
for i in range(3, 0, -1):
    print(i, end=" ")
print()

# expect: [0, 1, 2, 3, 4] [2, 3, 4, 5, 6, 7] [10, 7, 4, 1] []
# expect: range(1, 20, 4) 5 5 17 range(5, 13, 4) True 3 [17, 13, 9, 5, 1]
# expect: True 5050
# expect: range() arg 3 must not be zero
# expect: 3 2 1 
