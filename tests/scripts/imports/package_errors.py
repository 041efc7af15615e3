# What goes wrong when importing from packages, with CPython's messages.
def attempt(source):
    try:
        exec(source, {'__name__': '__main__'})
    except ImportError as e:
        # The path in "cannot import name" messages is left out.
        print(type(e).__name__ + ':', str(e).split(' (/')[0], '| name =', e.name)
    except Exception as e:
        print(type(e).__name__ + ':', e)

attempt('import pkgdemo.nosuch')  # expect: pkgdemo init: pkgdemo pkgdemo
# expect: ModuleNotFoundError: No module named 'pkgdemo.nosuch' | name = pkgdemo.nosuch
attempt('import pkgdemo.util.x')  # expect: ModuleNotFoundError: No module named 'pkgdemo.util.x'; 'pkgdemo.util' is not a package | name = pkgdemo.util.x
attempt('import nosuchpkg.sub')  # expect: ModuleNotFoundError: No module named 'nosuchpkg' | name = nosuchpkg
attempt('from . import x')  # expect: ImportError: attempted relative import with no known parent package | name = None
attempt('import pkgdemo.beyond')  # expect: ImportError: attempted relative import beyond top-level package | name = None
attempt('from pkgdemo import nothere')  # expect: ImportError: cannot import name 'nothere' from 'pkgdemo' | name = pkgdemo
attempt('__import__("")')  # expect: ValueError: Empty module name
attempt('__import__("x", None, None, [], -1)')  # expect: ValueError: level must be >= 0
import importlib
try:
    importlib.import_module('.util')
except TypeError as e:
    print(e)  # expect: the 'package' argument is required to perform a relative import for '.util'
