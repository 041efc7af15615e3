# getrecursionlimit/setrecursionlimit; deep recursion raises RecursionError.
import sys
print(sys.getrecursionlimit())  # expect: 1000
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())  # expect: 200
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError")     # expect: RecursionError
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(e)
# expect: recursion limit must be greater or equal than 1
# expect: recursion limit must be greater or equal than 1
sys.setrecursionlimit(1.5)
# expect runtime error: TypeError: 'float' object cannot be interpreted as an integer
