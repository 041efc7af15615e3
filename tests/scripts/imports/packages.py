# Packages: folders with __init__.py, submodules, `import a.b` binding a,
# `from a.b import c`, `as`, relative imports, namespace packages.
import sys
import pkgdemo  # expect: pkgdemo init: pkgdemo pkgdemo
import pkgdemo.sub.deep
from pkgdemo.sub import deep as d2
from pkgdemo import util, sub
import pkgdemo.util as u
print(pkgdemo.sub.deep.combined())  # expect: ('helper from pkgdemo.util', 84, 'pkgdemo.sub.sibling')
print(d2 is pkgdemo.sub.deep, u is util, sub is pkgdemo.sub)  # expect: True True True
print(pkgdemo.__package__, pkgdemo.sub.__package__, d2.__package__)  # expect: pkgdemo pkgdemo.sub pkgdemo.sub
print(type(pkgdemo.__path__).__name__, len(pkgdemo.__path__), hasattr(util, '__path__'))  # expect: list 1 False
print(sorted(k for k in sys.modules if k.startswith('pkgdemo')))  # expect: ['pkgdemo', 'pkgdemo.sub', 'pkgdemo.sub.deep', 'pkgdemo.sub.sibling', 'pkgdemo.util']
from pkgdemo import circular_a
print(circular_a.circular_b.B)  # expect: b sees 'nothing yet'
import nspkg.mod
print(nspkg.mod.X, nspkg.__file__)  # expect: namespace package module None
print(__import__('pkgdemo.sub', fromlist=['deep']).deep is d2)  # expect: True
print(__import__('pkgdemo.sub').__name__)  # expect: pkgdemo
import importlib
print(importlib.import_module('pkgdemo.sub.sibling').twice(5))  # expect: 10
print(importlib.import_module('.util', 'pkgdemo') is util)  # expect: True
print(importlib.import_module('..sibling', 'pkgdemo.sub.deep').__name__)  # expect: pkgdemo.sub.sibling
