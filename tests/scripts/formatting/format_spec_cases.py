# format() specs: fill, align, sign, #, 0, width, grouping , and _, precision, types e f g % x o b d n c s.
from show import show  # tests/scripts/shared/show.py


show("format(1234567.891, ',')", lambda: format(1234567.891, ','))
show("format(1234567.891, '_.2f')", lambda: format(1234567.891, '_.2f'))
show("format(1234567, '_')", lambda: format(1234567, '_'))
show("format(255, '_x')", lambda: format(255, '_x'))
show("format(255, '#_b')", lambda: format(255, '#_b'))
show("format(1234, ',d')", lambda: format(1234, ',d'))
show("format(3.14159, '.2e')", lambda: format(3.14159, '.2e'))
show("format(3.14159, 'E')", lambda: format(3.14159, 'E'))
show("format(0.5, '%')", lambda: format(0.5, '%'))
show("format(0.12345, '.1%')", lambda: format(0.12345, '.1%'))
show("format(255, 'x')", lambda: format(255, 'x'))
show("format(255, '#X')", lambda: format(255, '#X'))
show("format(8, 'o')", lambda: format(8, 'o'))
show("format(5, 'b')", lambda: format(5, 'b'))
show("format(5, '08b')", lambda: format(5, '08b'))
show("format(42, 'n')", lambda: format(42, 'n'))
show("format(1234.5, 'n')", lambda: format(1234.5, 'n'))
show("format(1e-7, 'g')", lambda: format(1e-7, 'g'))
show("format(123456789.0, 'g')", lambda: format(123456789.0, 'g'))
show("format(1.0, 'g')", lambda: format(1.0, 'g'))
show("format(1e16, 'g')", lambda: format(1e16, 'g'))
show("format(42, '+')", lambda: format(42, '+'))
show("format(42, ' ')", lambda: format(42, ' '))
show("format(-42, '=8')", lambda: format(-42, '=8'))
show("format(42, '*^9')", lambda: format(42, '*^9'))
show("format(42, '<5')", lambda: format(42, '<5'))
show("format('ab', '>5')", lambda: format('ab', '>5'))
show("format('ab', '^5')", lambda: format('ab', '^5'))
show("format('ab', '5')", lambda: format('ab', '5'))
show("format(42, '5')", lambda: format(42, '5'))
show("format(3.5, '08.2f')", lambda: format(3.5, '08.2f'))
show("format(-3.5, '+08.2f')", lambda: format(-3.5, '+08.2f'))
show("format(42, 's')", lambda: format(42, 's'))
show("format('x', 'd')", lambda: format('x', 'd'))
show("format(1.5, 'd')", lambda: format(1.5, 'd'))
show("format(42, '.2f')", lambda: format(42, '.2f'))
show("format('abc', '.2')", lambda: format('abc', '.2'))
show("format(42, 'c')", lambda: format(42, 'c'))
show("format(True, 'd')", lambda: format(True, 'd'))
show("format(True, '')", lambda: format(True, ''))
show("format(None, '')", lambda: format(None, ''))
show("format(None, '>5')", lambda: format(None, '>5'))
show("format(1e300, 'f')[:10]", lambda: format(1e300, 'f')[:10])
show("format(float('nan'), '08.2f')", lambda: format(float('nan'), '08.2f'))
show("format(float('inf'), '+f')", lambda: format(float('inf'), '+f'))
show("format(12, ',x')", lambda: format(12, ',x'))
show("format(1234.5678, ',.2f')", lambda: format(1234.5678, ',.2f'))
show("format(-1234, '010,')", lambda: format(-1234, '010,'))
show("format(0, '#o')", lambda: format(0, '#o'))
show("format(3.0, '')", lambda: format(3.0, ''))
show("format(3.0, '.3')", lambda: format(3.0, '.3'))
show("format(3, '.3')", lambda: format(3, '.3'))
show("format(1e5, '.3')", lambda: format(1e5, '.3'))
show("format(10, '#010x')", lambda: format(10, '#010x'))
show("format(255, '=+10x')", lambda: format(255, '=+10x'))
show("format(0.1, '.20f')", lambda: format(0.1, '.20f'))
show("format(2**64, ',')", lambda: format(2**64, ','))
show("format(2**64, 'x')", lambda: format(2**64, 'x'))
show("format(-0.0, '.1f')", lambda: format(-0.0, '.1f'))
show("format(1.25, '.1f')", lambda: format(1.25, '.1f'))
show("format(1.35, '.1f')", lambda: format(1.35, '.1f'))
show("format(123, '=5')", lambda: format(123, '=5'))
show("format('a', '=5')", lambda: format('a', '=5'))
show("format(12.5, '%')", lambda: format(12.5, '%'))
show("format(12, '%')", lambda: format(12, '%'))
show("format(1.5, 'x')", lambda: format(1.5, 'x'))
show("format('s', ',')", lambda: format('s', ','))
show("format(1, ',_')", lambda: format(1, ',_'))
show("format(12345.678, 'n')", lambda: format(12345.678, 'n'))
show("format(1e-5, '')", lambda: format(1e-5, ''))
show("format(1.23e-5, '.2')", lambda: format(1.23e-5, '.2'))
show("format(100.0, 'g')", lambda: format(100.0, 'g'))
show("format(1e6, 'g')", lambda: format(1e6, 'g'))
show("format(123456.0, '.3g')", lambda: format(123456.0, '.3g'))
show("format(0.0001, '.3g')", lambda: format(0.0001, '.3g'))
show("format(1.5, '#g')", lambda: format(1.5, '#g'))
show("format(1.0, '#.3g')", lambda: format(1.0, '#.3g'))
show("f'{3.14159:.3}'", lambda: f'{3.14159:.3}')
show("f'{42:{4}}'", lambda: f'{42:{4}}')
show('f\'{"x"!r:>5}\'', lambda: f'{"x"!r:>5}')
show("f'{12345:,}'", lambda: f'{12345:,}')
show("f'{0.25:.0%}'", lambda: f'{0.25:.0%}')
show("f'{-5:05}'", lambda: f'{-5:05}')
show("f'{5:+05}'", lambda: f'{5:+05}')

# expect: format(1234567.891, ',') -> '1,234,567.891'
# expect: format(1234567.891, '_.2f') -> '1_234_567.89'
# expect: format(1234567, '_') -> '1_234_567'
# expect: format(255, '_x') -> 'ff'
# expect: format(255, '#_b') -> '0b1111_1111'
# expect: format(1234, ',d') -> '1,234'
# expect: format(3.14159, '.2e') -> '3.14e+00'
# expect: format(3.14159, 'E') -> '3.141590E+00'
# expect: format(0.5, '%') -> '50.000000%'
# expect: format(0.12345, '.1%') -> '12.3%'
# expect: format(255, 'x') -> 'ff'
# expect: format(255, '#X') -> '0XFF'
# expect: format(8, 'o') -> '10'
# expect: format(5, 'b') -> '101'
# expect: format(5, '08b') -> '00000101'
# expect: format(42, 'n') -> '42'
# expect: format(1234.5, 'n') -> '1234.5'
# expect: format(1e-7, 'g') -> '1e-07'
# expect: format(123456789.0, 'g') -> '1.23457e+08'
# expect: format(1.0, 'g') -> '1'
# expect: format(1e16, 'g') -> '1e+16'
# expect: format(42, '+') -> '+42'
# expect: format(42, ' ') -> ' 42'
# expect: format(-42, '=8') -> '-     42'
# expect: format(42, '*^9') -> '***42****'
# expect: format(42, '<5') -> '42   '
# expect: format('ab', '>5') -> '   ab'
# expect: format('ab', '^5') -> ' ab  '
# expect: format('ab', '5') -> 'ab   '
# expect: format(42, '5') -> '   42'
# expect: format(3.5, '08.2f') -> '00003.50'
# expect: format(-3.5, '+08.2f') -> '-0003.50'
# expect: format(42, 's') -> ValueError: Unknown format code 's' for object of type 'int'
# expect: format('x', 'd') -> ValueError: Unknown format code 'd' for object of type 'str'
# expect: format(1.5, 'd') -> ValueError: Unknown format code 'd' for object of type 'float'
# expect: format(42, '.2f') -> '42.00'
# expect: format('abc', '.2') -> 'ab'
# expect: format(42, 'c') -> '*'
# expect: format(True, 'd') -> '1'
# expect: format(True, '') -> 'True'
# expect: format(None, '') -> 'None'
# expect: format(None, '>5') -> TypeError: unsupported format string passed to NoneType.__format__
# expect: format(1e300, 'f')[:10] -> '1000000000'
# expect: format(float('nan'), '08.2f') -> '00000nan'
# expect: format(float('inf'), '+f') -> '+inf'
# expect: format(12, ',x') -> ValueError: Cannot specify ',' with 'x'.
# expect: format(1234.5678, ',.2f') -> '1,234.57'
# expect: format(-1234, '010,') -> '-0,001,234'
# expect: format(0, '#o') -> '0o0'
# expect: format(3.0, '') -> '3.0'
# expect: format(3.0, '.3') -> '3.0'
# expect: format(3, '.3') -> ValueError: Precision not allowed in integer format specifier
# expect: format(1e5, '.3') -> '1e+05'
# expect: format(10, '#010x') -> '0x0000000a'
# expect: format(255, '=+10x') -> '+       ff'
# expect: format(0.1, '.20f') -> '0.10000000000000000555'
# expect: format(2**64, ',') -> '18,446,744,073,709,551,616'
# expect: format(2**64, 'x') -> '10000000000000000'
# expect: format(-0.0, '.1f') -> '-0.0'
# expect: format(1.25, '.1f') -> '1.2'
# expect: format(1.35, '.1f') -> '1.4'
# expect: format(123, '=5') -> '  123'
# expect: format('a', '=5') -> ValueError: '=' alignment not allowed in string format specifier
# expect: format(12.5, '%') -> '1250.000000%'
# expect: format(12, '%') -> '1200.000000%'
# expect: format(1.5, 'x') -> ValueError: Unknown format code 'x' for object of type 'float'
# expect: format('s', ',') -> ValueError: Cannot specify ',' with 's'.
# expect: format(1, ',_') -> ValueError: Cannot specify both ',' and '_'.
# expect: format(12345.678, 'n') -> '12345.7'
# expect: format(1e-5, '') -> '1e-05'
# expect: format(1.23e-5, '.2') -> '1.2e-05'
# expect: format(100.0, 'g') -> '100'
# expect: format(1e6, 'g') -> '1e+06'
# expect: format(123456.0, '.3g') -> '1.23e+05'
# expect: format(0.0001, '.3g') -> '0.0001'
# expect: format(1.5, '#g') -> '1.50000'
# expect: format(1.0, '#.3g') -> '1.00'
# expect: f'{3.14159:.3}' -> '3.14'
# expect: f'{42:{4}}' -> '  42'
# expect: f'{"x"!r:>5}' -> "  'x'"
# expect: f'{12345:,}' -> '12,345'
# expect: f'{0.25:.0%}' -> '25%'
# expect: f'{-5:05}' -> '-0005'
# expect: f'{5:+05}' -> '+0005'
