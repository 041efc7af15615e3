# Recursive calls with three arguments (the Takeuchi function): call and
# return overhead, comparisons, small-int arithmetic.
def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z

total = 0
for i in range(60):
    total += tak(18 + i % 2, 12, 6)
print(total)
