data = [5, 3, 8, 1, 9, 2]
i = 0
while i < len(data) and data[i] != 1:
    i += 1
print(i)
lo, hi = 0, 100
target = 37
steps = 0
while lo <= hi:
    mid = (lo + hi) // 2
    steps += 1
    if mid == target:
        break
    elif mid < target:
        lo = mid + 1
    else:
        hi = mid - 1
else:
    print("not found")
print(mid, steps)
n, collatz = 27, 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    collatz += 1
print(collatz)

# expect: 3
# expect: 37 3
# expect: 111
