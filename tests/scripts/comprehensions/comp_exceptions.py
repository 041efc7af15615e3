def safe_int(s):
    try:
        return int(s)
    except ValueError:
        return None
print([safe_int(s) for s in ["1", "x", "3"]])
try:
    [int(s) for s in ["1", "y"]]
except ValueError as e:
    print("comprehension raised:", e)
try:
    {k: 1 / k for k in range(-1, 2)}
except ZeroDivisionError as e:
    print(e)
g = (1 // x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError:
    print("generator raised on second item")
try:
    next(g)
except StopIteration:
    print("then it is finished")

# expect: [1, None, 3]
# expect: comprehension raised: invalid literal for int() with base 10: 'y'
# expect: division by zero
# expect: 1
# expect: generator raised on second item
# expect: then it is finished
