# test: module
# Imports its sibling, which imports this module back while it is half run.
from . import circular_b
A = 'a'
