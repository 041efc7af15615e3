# import searches sys.path in order (the script's folder, then COILPATH, then
# what the script appends); each module runs once and is cached in sys.modules.
import sys

try:
    import sp_first
except ImportError as e:
    print(type(e).__name__, e, e.name)
sys.path.append(sys.path[0] + "/search_path_lib")
sys.path.append(sys.path[0] + "/search_path_lib2")
import sp_first
import sp_first, sp_second
from sp_second import counter, saw_value
import sp_second as again
print(sp_first.VALUE, counter, saw_value, again is sp_second, sys.modules["sp_first"] is sp_first)
sp_second.counter += 1
import sp_second
print(sp_second.counter)
import sp_shadow
print(sp_shadow.WHERE)
del sys.modules["sp_shadow"]
sys.path.insert(0, sys.path.pop())
import sp_shadow
print(sp_shadow.WHERE)
for attempt in range(2):
    try:
        import sp_broken
    except ValueError as e:
        print("failed:", e, "sp_broken" in sys.modules)
print(sp_first.__name__, sp_first.__file__.endswith("search_path_lib/sp_first.py"))

# expect: ModuleNotFoundError No module named 'sp_first' sp_first
# expect: sp_first executing as sp_first
# expect: sp_second executing
# expect: first 0 False True True
# expect: 1
# expect: search_path_lib
# expect: search_path_lib2
# expect: sp_broken executing
# expect: failed: broken on purpose False
# expect: sp_broken executing
# expect: failed: broken on purpose False
# expect: sp_first True
