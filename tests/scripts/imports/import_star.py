from helper_mod import *
print(square(3), GREETING, Shape(5).describe())

# expect: helper_mod loaded, __name__ = helper_mod
# expect: 9 hello from helper 5 sides
