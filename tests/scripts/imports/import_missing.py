try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e)
try:
    from helper_mod import nothing_called_this
except ImportError as e:
    # The message ends with the module's absolute path; keep the test
    # independent of where the checkout lives.
    msg = str(e)
    head, _, path = msg.partition(" (")
    print(type(e).__name__, head, path.endswith("imports/helper_mod.py)"))
import also_not_there

# expect: ModuleNotFoundError No module named 'no_such_module_here'
# expect: helper_mod loaded, __name__ = helper_mod
# expect: ImportError cannot import name 'nothing_called_this' from 'helper_mod' True
# expect runtime error: ModuleNotFoundError: No module named 'also_not_there'
