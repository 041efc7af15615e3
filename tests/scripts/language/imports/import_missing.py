try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e)
try:
    from helper_mod import nothing_called_this
except ImportError as e:
    print(type(e).__name__, e)
import also_not_there

# expect: ModuleNotFoundError No module named 'no_such_module_here'
# expect: helper_mod loaded, __name__ = helper_mod
# expect: ImportError cannot import name 'nothing_called_this' from 'helper_mod' (/work/main/tests/scripts/language/imports/helper_mod.py)
# expect runtime error: ModuleNotFoundError: No module named 'also_not_there'
