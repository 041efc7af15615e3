# PEP 562: a module's __getattr__ answers for the names it lacks, through
# attribute access, from-import, getattr() and hasattr().
import lazy_mod
from lazy_mod import lazy_one

print(lazy_one, lazy_mod.lazy_two, lazy_mod.lazy_two)  # expect: LAZY_ONE LAZY_TWO LAZY_TWO
print(lazy_mod.loaded)  # expect: ['lazy_one', 'lazy_two']
print(getattr(lazy_mod, "lazy_three"), getattr(lazy_mod, "other", "default"))  # expect: LAZY_THREE default
print(hasattr(lazy_mod, "lazy_four"), hasattr(lazy_mod, "nothing"))  # expect: True False
try:
    lazy_mod.nothing
except AttributeError as e:
    print(e)  # expect: module 'lazy_mod' has no attribute 'nothing'
try:
    from lazy_mod import missing
except ImportError as e:
    print(type(e).__name__, e.name)  # expect: ImportError lazy_mod
