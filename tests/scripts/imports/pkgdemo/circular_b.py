# test: module
from . import circular_a
B = 'b sees ' + repr(getattr(circular_a, 'A', 'nothing yet'))
