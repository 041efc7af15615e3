# Tight integer loops: while and for-range with arithmetic and comparisons.
def while_loop(n):
    i = 0
    total = 0
    while i < n:
        total += i * 3 % 7
        i += 1
    return total

def range_loop(n):
    total = 0
    for i in range(n):
        if i & 1:
            total -= i
        else:
            total += i // 2
    return total

def nested(n):
    count = 0
    for i in range(n):
        for j in range(i % 50):
            count += j
    return count

print(while_loop(2000000))
print(range_loop(2000000))
print(nested(40000))
