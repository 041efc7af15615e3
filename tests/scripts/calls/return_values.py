def none1():
    pass
def none2():
    return
def multi():
    return 1, 2, 3
def early(x):
    if x:
        return "early"
    print("not early")
    return "late"
print(none1(), none2(), multi())
a, b, c = multi()
print(a + b + c)
print(early(1), early(0))
def loop_return(items):
    for i in items:
        if i > 2:
            return i
    return -1
print(loop_return([1, 2, 3, 4]), loop_return([]))

# expect: None None (1, 2, 3)
# expect: 6
# expect: not early
# expect: early late
# expect: 3 -1
