x = None
print(x is None, x is not ..., (1, 2)[0], "abc"[1], [1, 2][-1], {1: 2}[1], "%s" % (1,))
print(x is True, (lambda: 3)(), f"{x}".upper())


# expect: True True 1 b 2 2 1
# expect: False 3 NONE
