"""The import machinery's classes, over coil's import system (written in coil).

coil finds a module in this order: a native module (BuiltinImporter), a
module written in coil and compiled in (FrozenImporter), a module the host
supplies, then `.py` files and packages on sys.path (PathFinder, when the
VM may read files). These classes describe and load modules the same way
for importlib.util; coil runs no import hooks (sys.meta_path) and loads no
bytecode or extension modules.
"""

import sys
import _imp

__all__ = ['ModuleSpec', 'BuiltinImporter', 'FrozenImporter', 'PathFinder',
           'SourceFileLoader', 'SOURCE_SUFFIXES', 'BYTECODE_SUFFIXES',
           'DEBUG_BYTECODE_SUFFIXES', 'OPTIMIZED_BYTECODE_SUFFIXES',
           'EXTENSION_SUFFIXES', 'all_suffixes']

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES
EXTENSION_SUFFIXES = []  # coil loads no compiled extension modules


def all_suffixes():
    """Returns a list of all recognized module suffixes for this process"""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """The specification for a module, used for loading (as CPython's)."""

    def __init__(self, name, loader, *, origin=None, loader_state=None,
                 is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = ['name={!r}'.format(self.name),
                'loader={!r}'.format(self.loader)]
        if self.origin is not None:
            args.append('origin={!r}'.format(self.origin))
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations={}'
                        .format(self.submodule_search_locations))
        return '{}({})'.format(self.__class__.__name__, ', '.join(args))

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and
                    self.loader == other.loader and
                    self.origin == other.origin and
                    smsl == other.submodule_search_locations and
                    self.cached == other.cached and
                    self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        """The name of the module's parent."""
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


def _import_existing(spec):
    # Native and compiled-in modules are made by coil's own import: the
    # module object is the one `import` gives (and puts in sys.modules).
    __import__(spec.name)
    return sys.modules[spec.name]


class BuiltinImporter:
    """The native modules (CPython's built-in modules)."""

    _ORIGIN = 'built-in'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None or not _imp.is_builtin(fullname):
            return None
        return ModuleSpec(fullname, cls, origin=cls._ORIGIN)

    @staticmethod
    def create_module(spec):
        return _import_existing(spec)

    @staticmethod
    def exec_module(module):
        """Nothing to run: create_module gave the module ready."""

    @classmethod
    def is_package(cls, fullname):
        return False

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None


class FrozenImporter:
    """The modules written in coil and compiled into the interpreter."""

    _ORIGIN = 'frozen'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if not _imp.is_frozen(fullname):
            return None
        return ModuleSpec(fullname, cls, origin=cls._ORIGIN,
                          is_package=_imp.is_frozen_package(fullname))

    @staticmethod
    def create_module(spec):
        return _import_existing(spec)

    @staticmethod
    def exec_module(module):
        """Nothing to run: create_module gave the module ready."""

    @classmethod
    def is_package(cls, fullname):
        return _imp.is_frozen_package(fullname)

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None


class SourceFileLoader:
    """Loads a module from a `.py` file: reads, compiles and runs it."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return (self.__class__ == other.__class__ and
                self.__dict__ == other.__dict__)

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def _check_name(self, name):
        if name is None:
            return self.name
        if name != self.name:
            raise ImportError('loader for %s cannot handle %s' % (self.name, name),
                              name=name)
        return name

    def get_filename(self, name=None):
        """Return the path to the source file as found by the finder."""
        self._check_name(name)
        return self.path

    def get_data(self, path):
        """Return the data from path as raw bytes."""
        with open(path, 'rb') as file:
            return file.read()

    def path_stats(self, path):
        import os
        st = os.stat(path)
        return {'mtime': st.st_mtime, 'size': st.st_size}

    def is_package(self, fullname):
        filename = self.get_filename(fullname).rpartition('/')[2]
        return filename.rsplit('.', 1)[0] == '__init__'

    def get_source(self, fullname):
        from importlib.util import decode_source
        return decode_source(self.get_data(self.get_filename(fullname)))

    def source_to_code(self, data, path):
        return compile(data, path, 'exec', dont_inherit=True)

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        return self.source_to_code(self.get_data(path), path)

    def create_module(self, spec):
        """Use default semantics for module creation."""

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        exec(code, module.__dict__)

    def load_module(self, fullname):
        """Load the module (deprecated: use exec_module)."""
        from importlib.util import spec_from_loader, module_from_spec
        fullname = self._check_name(fullname)
        spec = spec_from_loader(fullname, self)
        module = module_from_spec(spec)
        sys.modules[fullname] = module
        try:
            self.exec_module(module)
        except BaseException:
            sys.modules.pop(fullname, None)
            raise
        return sys.modules[fullname]


class PathFinder:
    """Finds `.py` modules and packages in the folders of sys.path (or a
    package's __path__)."""

    @classmethod
    def invalidate_caches(cls):
        """Nothing to invalidate: the folders are read on each search."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        import os
        if path is None:
            path = sys.path
        last = fullname.rpartition('.')[2]
        namespace = []
        for entry in path:
            if not isinstance(entry, str):
                continue
            base = os.path.join(entry or '.', last)
            try:
                init = os.path.join(base, '__init__.py')
                if os.path.isfile(init):
                    return _file_spec(fullname, init, [base])
                if os.path.isfile(base + '.py'):
                    return _file_spec(fullname, base + '.py', None)
                if os.path.isdir(base):
                    namespace.append(base)
            except OSError:  # e.g. file access switched off
                return None
        if namespace:
            spec = ModuleSpec(fullname, None, is_package=True)
            spec.submodule_search_locations = namespace
            return spec
        return None


def _file_spec(fullname, location, search_locations):
    loader = SourceFileLoader(fullname, location)
    spec = ModuleSpec(fullname, loader, origin=location)
    spec.has_location = True
    spec.submodule_search_locations = search_locations
    return spec
