from helper_mod import square, GREETING as G, Shape
print(square(5), G, Shape(4).describe())
from helper_mod import counter, bump
bump()
print(counter)
import helper_mod
print(helper_mod.counter)

# expect: helper_mod loaded, __name__ = helper_mod
# expect: 25 hello from helper 4 sides
# expect: 0
# expect: 1
