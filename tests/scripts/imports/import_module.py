import helper_mod
print(helper_mod.GREETING, helper_mod.square(7))
print(helper_mod.bump(), helper_mod.bump(), helper_mod.counter)
print(helper_mod.Shape(3).describe(), helper_mod.__name__)
import helper_mod
print("imported once")
import helper_mod as hm
print(hm is helper_mod)

# expect: helper_mod loaded, __name__ = helper_mod
# expect: hello from helper 49
# expect: 1 2 2
# expect: 3 sides helper_mod
# expect: imported once
# expect: True
