# importlib.util: spec_from_file_location, module_from_spec and exec_module for plugin files; spec_from_loader for a module made from text; reload
# Load plugin files by path with spec_from_file_location
import importlib.util, os, sys
here = os.path.dirname(os.path.abspath(__file__))
plugins = {}
for fn in sorted(os.listdir(os.path.join(here, 'importlib_plugins'))):
    if not fn.endswith('.py'):
        continue
    name = 'plugin_' + fn[:-3]
    path = os.path.join(here, 'importlib_plugins', fn)
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    plugins[module.NAME] = module
    print(spec.name, spec.origin == path, module.__name__, module.__file__ == path, spec.submodule_search_locations)
for k in sorted(plugins):
    print(k, plugins[k].run('bob'))
# Build a module from source text at run time
import importlib.util, sys
src = "def area(r):\n    return 3 * r * r\nVALUE = area(2)\n"
spec = importlib.util.spec_from_loader('dynamic_mod', loader=None)
mod = importlib.util.module_from_spec(spec)
exec(src, mod.__dict__)
sys.modules['dynamic_mod'] = mod
import dynamic_mod
print(dynamic_mod.VALUE, dynamic_mod.area(3), spec, mod.__spec__.name)
# Reload configuration module from a file after it changes
import importlib, importlib.util, os, tempfile, sys
d = tempfile.mkdtemp()
path = os.path.join(d, 'settings_mod.py')
with open(path, 'w') as f:
    f.write('DEBUG = False\nLEVEL = 1\n')
sys.path.insert(0, d)
import settings_mod
print(settings_mod.DEBUG, settings_mod.LEVEL)
with open(path, 'w') as f:
    f.write('DEBUG = True\nLEVEL = 2\n')
importlib.reload(settings_mod)
print(settings_mod.DEBUG, settings_mod.LEVEL)
spec = importlib.util.find_spec('settings_mod')
print(spec.name, os.path.basename(spec.origin))
import shutil; shutil.rmtree(d)

# expect: plugin_greet True plugin_greet True None
# expect: plugin_shout True plugin_shout True None
# expect: greet hello bob
# expect: shout BOB!
# expect: 12 27 ModuleSpec(name='dynamic_mod', loader=None) dynamic_mod
# expect: False 1
# expect: True 2
# expect: settings_mod settings_mod.py
