# setattr, hasattr and delattr on instances.
class C: pass
c = C()
setattr(c, "v", 10)
print(c.v, hasattr(c, "v"), hasattr(c, "w"))  # expect: 10 True False
delattr(c, "v")
print(hasattr(c, "v"))                        # expect: False
print(hasattr([], "append"))                  # expect: True
try:
    delattr(c, "v")
except AttributeError as e:
    print(e)  # expect: 'C' object has no attribute 'v'
setattr(1, "x", 2)
# expect runtime error: AttributeError: 'int' object has no attribute 'x'
