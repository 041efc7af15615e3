# importlib: import_module and the few helpers scripts use, over the VM's
# import system (the __import__ builtin).
import sys as _sys


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def import_module(name, package=None):
    """Import a module; a name starting with dots is relative to `package`."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            f"relative import for {name!r}")
        for character in name:
            if character != '.':
                break
            level += 1
    absolute = _resolve_name(name[level:], package, level) if level else name
    if not absolute:
        raise ValueError('Empty module name')
    __import__(absolute)
    return _sys.modules[absolute]


def invalidate_caches():
    """Nothing to invalidate: coil's finder keeps no caches."""


def reload(module):
    """Run the module's code again in its namespace (files only)."""
    name = getattr(module, '__name__', None)
    if name is None or _sys.modules.get(name) is not module:
        raise ImportError(f'module {name} not in sys.modules', name=name)
    path = getattr(module, '__file__', None)
    if path is None:
        return module
    with open(path) as f:
        source = f.read()
    exec(compile(source, path, 'exec'), module.__dict__)
    return module
