# str.format: positional, keyword, attribute/index fields, nested specs and its errors.
from show import show  # tests/scripts/shared/show.py


show("'{} {}'.format(1, 2)", lambda: '{} {}'.format(1, 2))
show("'{0} {0}'.format('x')", lambda: '{0} {0}'.format('x'))
show("'{a}'.format(a=1)", lambda: '{a}'.format(a=1))
show("'{}'.format()", lambda: '{}'.format())
show("'{0}{}'.format(1,2)", lambda: '{0}{}'.format(1,2))
show("'{:>{w}}'.format('x', w=4)", lambda: '{:>{w}}'.format('x', w=4))
show("'{0.real}'.format(3)", lambda: '{0.real}'.format(3))
show("'{0[1]}'.format([5,6])", lambda: '{0[1]}'.format([5,6]))
show("'{d[k]}'.format(d={'k': 1})", lambda: '{d[k]}'.format(d={'k': 1}))
show("'{{}}'.format()", lambda: '{{}}'.format())
show("'{'.format()", lambda: '{'.format())
show("'}'.format()", lambda: '}'.format())

# expect: '{} {}'.format(1, 2) -> '1 2'
# expect: '{0} {0}'.format('x') -> 'x x'
# expect: '{a}'.format(a=1) -> '1'
# expect: '{}'.format() -> IndexError: Replacement index 0 out of range for positional args tuple
# expect: '{0}{}'.format(1,2) -> ValueError: cannot switch from manual field specification to automatic field numbering
# expect: '{:>{w}}'.format('x', w=4) -> '   x'
# expect: '{0.real}'.format(3) -> '3'
# expect: '{0[1]}'.format([5,6]) -> '6'
# expect: '{d[k]}'.format(d={'k': 1}) -> '1'
# expect: '{{}}'.format() -> '{}'
# expect: '{'.format() -> ValueError: Single '{' encountered in format string
# expect: '}'.format() -> ValueError: Single '}' encountered in format string
