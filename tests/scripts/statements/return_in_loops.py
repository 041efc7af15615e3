def first_neg(rows):
    for row in rows:
        for v in row:
            if v < 0:
                return v
    return None
print(first_neg([[1, 2], [3, -4, -5]]), first_neg([[1]]))
def count_until(n):
    i = 0
    while True:
        i += 1
        if i == n:
            return i * 10
print(count_until(4))
def in_try_in_loop():
    for i in range(5):
        try:
            if i == 3:
                return "got 3"
        except Exception:
            pass
print(in_try_in_loop())

# expect: -4 None
# expect: 40
# expect: got 3
