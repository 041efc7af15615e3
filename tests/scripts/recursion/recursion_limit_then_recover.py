import sys
def down(n):
    return down(n + 1)
for attempt in range(3):
    try:
        down(0)
    except RecursionError:
        print("attempt", attempt, "hit the limit")
sys.setrecursionlimit(200)
def count(n=0):
    try:
        return count(n + 1)
    except RecursionError:
        return n
print(count() < 200)
sys.setrecursionlimit(1000)
print(sum(range(10)))

# expect: attempt 0 hit the limit
# expect: attempt 1 hit the limit
# expect: attempt 2 hit the limit
# expect: True
# expect: 45
