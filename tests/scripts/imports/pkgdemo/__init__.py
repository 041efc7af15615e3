# test: module
# A regular package: its __init__ runs once, before any submodule.
from .util import helper
print('pkgdemo init:', __name__, __package__)
VALUE = 41
