import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(100)
print(sys.getrecursionlimit())
def rec(n):
    return rec(n + 1) if n < 1000 else n
try:
    rec(0)
except RecursionError:
    print("limit hit")
sys.setrecursionlimit(5000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(3000))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)

# expect: 1000
# expect: 100
# expect: limit hit
# expect: 3000
# expect: recursion limit must be greater or equal than 1
