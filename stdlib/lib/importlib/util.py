"""Utility code for the import system (written in coil).

find_spec, module_from_spec, spec_from_file_location, spec_from_loader,
resolve_name, decode_source and MAGIC_NUMBER, with CPython 3.11's
behaviour over coil's import system (see importlib.machinery). coil
writes no bytecode: cache_from_source and source_from_cache raise
NotImplementedError, as CPython's do when sys.implementation.cache_tag is
None. Not there: LazyLoader, source_hash, the abc module.
"""

import sys
import types
from importlib.machinery import (ModuleSpec, BuiltinImporter, FrozenImporter,
                                 PathFinder, SourceFileLoader, _file_spec)

__all__ = ['find_spec', 'module_from_spec', 'spec_from_file_location',
           'spec_from_loader', 'resolve_name', 'decode_source',
           'cache_from_source', 'source_from_cache', 'MAGIC_NUMBER']

# CPython 3.11's, for tools that write or check .pyc headers.
MAGIC_NUMBER = (3495).to_bytes(2, 'little') + b'\r\n'


def resolve_name(name, package):
    """Resolve a relative module name to an absolute one."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    rest = name[level:]
    return f'{base}.{rest}' if rest else base


def _spec_of_loaded(module, name):
    # coil's import does not set __spec__: describe the module from what it
    # has (CPython raises ValueError when __spec__ is None).
    spec = getattr(module, '__spec__', None)
    if spec is not None:
        return spec
    path = getattr(module, '__path__', None)
    location = getattr(module, '__file__', None)
    if location:
        return _file_spec(name, location, list(path) if path is not None else None)
    # The module's own name: os.path is posixpath's entry.
    own_name = getattr(module, '__name__', name)
    spec = FrozenImporter.find_spec(own_name) or BuiltinImporter.find_spec(own_name)
    if spec is None:
        raise ValueError(f'{name}.__spec__ is None')
    return spec


def _find(name, path):
    for finder in (BuiltinImporter, FrozenImporter):
        spec = finder.find_spec(name, path if finder is FrozenImporter else None)
        if spec is not None:
            return spec
    return PathFinder.find_spec(name, path)


def find_spec(name, package=None):
    """Return the spec for the specified module, or None if it cannot be
    found. A dotted name imports its parent package first."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        return _spec_of_loaded(module, fullname)
    parent_name = fullname.rpartition('.')[0]
    parent_path = None
    if parent_name:
        parent = __import__(parent_name, fromlist=['__path__'])
        if fullname in sys.modules:  # the parent made it (os.path)
            return _spec_of_loaded(sys.modules[fullname], fullname)
        try:
            parent_path = parent.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent_name!r} "
                f"while trying to find {fullname!r}", name=fullname) from e
    return _find(fullname, parent_path)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """Return a module spec based on various loader methods."""
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if not origin and hasattr(loader, 'get_filename'):
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return spec_from_file_location(name, loader=loader,
                                       submodule_search_locations=search)
    if is_package is None:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


_POPULATE = object()


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_POPULATE):
    """Return a module spec based on a file location."""
    import os
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        location = os.fspath(location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if loader is None:
        if not location.endswith(tuple(_source_suffixes())):
            return None
        loader = SourceFileLoader(name, location)
        spec.loader = loader
    if submodule_search_locations is _POPULATE:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                pass
            else:
                if is_package:
                    spec.submodule_search_locations = []
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        if location:
            spec.submodule_search_locations.append(os.path.dirname(location))
    return spec


def _source_suffixes():
    from importlib.machinery import SOURCE_SUFFIXES
    return SOURCE_SUFFIXES


def module_from_spec(spec):
    """Create a module based on the provided spec."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() '
                          'must also define create_module()')
    if module is None:
        module = types.ModuleType(spec.name)
    _init_module_attrs(spec, module)
    return module


def _init_module_attrs(spec, module):
    def setdefault(attr, value):
        if getattr(module, attr, None) is None:
            try:
                setattr(module, attr, value)
            except AttributeError:
                pass
    setdefault('__name__', spec.name)
    setdefault('__loader__', spec.loader)
    setdefault('__package__', spec.parent)
    try:
        module.__spec__ = spec
    except AttributeError:
        pass
    if spec.submodule_search_locations is not None:
        setdefault('__path__', spec.submodule_search_locations)
    if spec.has_location:
        setdefault('__file__', spec.origin)
        if spec.cached is not None:
            setdefault('__cached__', spec.cached)


def decode_source(source_bytes):
    """Decode bytes representing source code and return the string, with
    universal newlines (the encoding from the coding cookie or BOM)."""
    import io
    import tokenize
    readline = io.BytesIO(source_bytes).readline
    encoding = tokenize.detect_encoding(readline)
    text = source_bytes.decode(encoding[0])
    return text.replace('\r\n', '\n').replace('\r', '\n')


def _no_cache_tag():
    raise NotImplementedError('sys.implementation.cache_tag is None')


def cache_from_source(path, debug_override=None, *, optimization=None):
    """The .pyc path of a source file: coil writes no bytecode and has no
    cache tag, so this raises NotImplementedError, as CPython does then."""
    _no_cache_tag()


def source_from_cache(path):
    """The source path of a .pyc path (NotImplementedError: see
    cache_from_source)."""
    _no_cache_tag()
