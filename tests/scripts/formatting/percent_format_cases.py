# %-formatting: conversions, flags, width/precision, * arguments, mappings and errors.
from show import show  # tests/scripts/shared/show.py


show("'%s and %r' % ('a', 'b')", lambda: '%s and %r' % ('a', 'b'))
show("'%d%%' % 5", lambda: '%d%%' % 5)
show("'%5.2f|%-5d|%05d' % (3.14159, 42, 42)", lambda: '%5.2f|%-5d|%05d' % (3.14159, 42, 42))
show("'%x %X %o' % (255, 255, 8)", lambda: '%x %X %o' % (255, 255, 8))
show("'%e' % 12345.678", lambda: '%e' % 12345.678)
show("'%g %g' % (0.00001, 1e20)", lambda: '%g %g' % (0.00001, 1e20))
show("'%c%c' % (65, 'b')", lambda: '%c%c' % (65, 'b'))
show("'%(a)s-%(b)d' % {'a': 1, 'b': 2}", lambda: '%(a)s-%(b)d' % {'a': 1, 'b': 2})
show("'%s' % (1,2)", lambda: '%s' % (1,2))
show("'%d' % 'x'", lambda: '%d' % 'x')
show("'%s %s' % (1,)", lambda: '%s %s' % (1,))
show("'%d' % 3.7", lambda: '%d' % 3.7)
show("'%i' % 2", lambda: '%i' % 2)
show("'%+d % d' % (5, 5)", lambda: '%+d % d' % (5, 5))
show("'%*d' % (5, 1)", lambda: '%*d' % (5, 1))
show("'%.*f' % (2, 1.23456)", lambda: '%.*f' % (2, 1.23456))
show("'%#x %#o' % (255, 8)", lambda: '%#x %#o' % (255, 8))
show("'%s' % [1]", lambda: '%s' % [1])
show("'%s' % ((1,),)", lambda: '%s' % ((1,),))
show("'%z' % 1", lambda: '%z' % 1)
show("'%' % 1", lambda: '%' % 1)
show("'abc' % 1", lambda: 'abc' % 1)
show("'%s' % {'a':1}", lambda: '%s' % {'a':1})
show("'%a' % 'é'", lambda: '%a' % 'é')
show("'%r' % 'é'", lambda: '%r' % 'é')
show("'%5s|%-5s|' % ('ab', 'cd')", lambda: '%5s|%-5s|' % ('ab', 'cd'))
show("'%.2s' % 'abcdef'", lambda: '%.2s' % 'abcdef')
show("'%d' % True", lambda: '%d' % True)
show("'%f' % 1", lambda: '%f' % 1)
show("'%x' % 3.0", lambda: '%x' % 3.0)
show("'%c' % 1114112", lambda: '%c' % 1114112)
show("'%c' % 'ab'", lambda: '%c' % 'ab')
show("'%(x)s' % 5", lambda: '%(x)s' % 5)
show("'%s %(x)s' % {'x':1}", lambda: '%s %(x)s' % {'x':1})
show("'%-08.3f|' % 3.14159", lambda: '%-08.3f|' % 3.14159)
show("'%08.3e' % 314.159", lambda: '%08.3e' % 314.159)
show("'%-#8x|' % 255", lambda: '%-#8x|' % 255)
show("'%5%' % ()", lambda: '%5%' % ())
show("'%.0f %.0f' % (0.5, 1.5)", lambda: '%.0f %.0f' % (0.5, 1.5))
show("'%s' % None", lambda: '%s' % None)
show("'%r' % None", lambda: '%r' % None)

# expect: '%s and %r' % ('a', 'b') -> "a and 'b'"
# expect: '%d%%' % 5 -> '5%'
# expect: '%5.2f|%-5d|%05d' % (3.14159, 42, 42) -> ' 3.14|42   |00042'
# expect: '%x %X %o' % (255, 255, 8) -> 'ff FF 10'
# expect: '%e' % 12345.678 -> '1.234568e+04'
# expect: '%g %g' % (0.00001, 1e20) -> '1e-05 1e+20'
# expect: '%c%c' % (65, 'b') -> 'Ab'
# expect: '%(a)s-%(b)d' % {'a': 1, 'b': 2} -> '1-2'
# expect: '%s' % (1,2) -> TypeError: not all arguments converted during string formatting
# expect: '%d' % 'x' -> TypeError: %d format: a real number is required, not str
# expect: '%s %s' % (1,) -> TypeError: not enough arguments for format string
# expect: '%d' % 3.7 -> '3'
# expect: '%i' % 2 -> '2'
# expect: '%+d % d' % (5, 5) -> '+5  5'
# expect: '%*d' % (5, 1) -> '    1'
# expect: '%.*f' % (2, 1.23456) -> '1.23'
# expect: '%#x %#o' % (255, 8) -> '0xff 0o10'
# expect: '%s' % [1] -> '[1]'
# expect: '%s' % ((1,),) -> '(1,)'
# expect: '%z' % 1 -> ValueError: unsupported format character 'z' (0x7a) at index 1
# expect: '%' % 1 -> ValueError: incomplete format
# expect: 'abc' % 1 -> TypeError: not all arguments converted during string formatting
# expect: '%s' % {'a':1} -> "{'a': 1}"
# expect: '%a' % 'é' -> "'\\xe9'"
# expect: '%r' % 'é' -> "'é'"
# expect: '%5s|%-5s|' % ('ab', 'cd') -> '   ab|cd   |'
# expect: '%.2s' % 'abcdef' -> 'ab'
# expect: '%d' % True -> '1'
# expect: '%f' % 1 -> '1.000000'
# expect: '%x' % 3.0 -> TypeError: %x format: an integer is required, not float
# expect: '%c' % 1114112 -> OverflowError: %c arg not in range(0x110000)
# expect: '%c' % 'ab' -> TypeError: %c requires int or char
# expect: '%(x)s' % 5 -> TypeError: format requires a mapping
# expect: '%s %(x)s' % {'x':1} -> "{'x': 1} 1"
# expect: '%-08.3f|' % 3.14159 -> '3.142   |'
# expect: '%08.3e' % 314.159 -> '3.142e+02'
# expect: '%-#8x|' % 255 -> '0xff    |'
# expect: '%5%' % () -> TypeError: not enough arguments for format string
# expect: '%.0f %.0f' % (0.5, 1.5) -> '0 2'
# expect: '%s' % None -> 'None'
# expect: '%r' % None -> 'None'
