def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("caught:", e)
print("still alive")
def depth(n):
    return n if n == 0 else 1 + depth(n - 1)
print(depth(500))

# expect: caught: maximum recursion depth exceeded
# expect: still alive
# expect: 500
