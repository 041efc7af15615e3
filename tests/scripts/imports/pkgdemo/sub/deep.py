# test: module
# Relative imports: two dots reach the parent package, one the sibling.
from .. import VALUE
from ..util import helper
from . import sibling
from .sibling import twice


def combined():
    return helper(), twice(VALUE + 1), sibling.__name__
