import sys
import helper_mod
print("helper_mod" in sys.modules, sys.modules["helper_mod"] is helper_mod)
print(sys.modules["__main__"].__name__)

# expect: helper_mod loaded, __name__ = helper_mod
# expect: True True
# expect: __main__
