# importlib.util: find_spec for native, compiled-in, file and missing modules (without importing them), its errors, resolve_name, decode_source, MAGIC_NUMBER, importlib.machinery
# Optional dependencies: check availability without importing
import importlib.util
for name in ['json', 'math', 'collections', 'os.path', 'numpy', 'definitely_not_a_module', 'xml.etree.ElementTree', 'importlib_plugins']:
    spec = importlib.util.find_spec(name)
    print(name, spec is not None)
try:
    importlib.util.find_spec('math.nothing')
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e)
try:
    importlib.util.find_spec('nothere.sub')
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e)
# resolve_name, spec attributes, module_from_spec of a spec from a loader
import importlib.util, importlib.machinery, types
print(importlib.util.resolve_name('.sub', 'pkg.mod'), importlib.util.resolve_name('..x', 'a.b.c'), importlib.util.resolve_name('abs', None))
for args in [('.x', None), ('...x', 'a.b')]:
    try: importlib.util.resolve_name(*args)
    except ImportError as e: print('ImportError', e)
spec = importlib.util.find_spec('importlib_plugins.greet')
print(spec.name, spec.parent, spec.has_location, spec.origin.endswith('importlib_plugins/greet.py'), type(spec.loader).__name__)
m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); print(m.run('x'), m.__spec__ is spec, m.__package__)
print(importlib.machinery.SOURCE_SUFFIXES, '.py' in importlib.machinery.all_suffixes())
print(importlib.util.MAGIC_NUMBER, len(importlib.util.MAGIC_NUMBER))
print(importlib.util.decode_source(b'# -*- coding: latin-1 -*-\nx = "\xe9"\r\n'))
print(importlib.util.spec_from_file_location('data', '/tmp/x.txt'))

# expect: json True
# expect: math True
# expect: collections True
# expect: os.path True
# expect: numpy False
# expect: definitely_not_a_module False
# expect: xml.etree.ElementTree True
# expect: importlib_plugins True
# expect: ModuleNotFoundError __path__ attribute not found on 'math' while trying to find 'math.nothing'
# expect: ModuleNotFoundError No module named 'nothere'
# expect: pkg.mod.sub a.b.x abs
# expect: ImportError no package specified for '.x' (required for relative module names)
# expect: ImportError attempted relative import beyond top-level package
# expect: importlib_plugins.greet importlib_plugins True True SourceFileLoader
# expect: hello x True importlib_plugins
# expect: ['.py'] True
# expect: b'\xa7\r\r\n' 4
# expect: # -*- coding: latin-1 -*-
# expect: x = "é"
# expect: 
# expect: None
