# int(str, base) and float(str) edge cases; str()/repr() of floats.
from show import show  # tests/scripts/shared/show.py


show("int('42')", lambda: int('42'))
show("int(' 42 ')", lambda: int(' 42 '))
show("int('-0x1f', 16)", lambda: int('-0x1f', 16))
show("int('0x1f', 0)", lambda: int('0x1f', 0))
show("int('0b101', 0)", lambda: int('0b101', 0))
show("int('0o17', 0)", lambda: int('0o17', 0))
show("int('017', 0)", lambda: int('017', 0))
show("int('1_000')", lambda: int('1_000'))
show("int('1__0')", lambda: int('1__0'))
show("int('_1')", lambda: int('_1'))
show("int('z', 36)", lambda: int('z', 36))
show("int('10', 1)", lambda: int('10', 1))
show("int('10', 37)", lambda: int('10', 37))
show("int('')", lambda: int(''))
show("int('4.5')", lambda: int('4.5'))
show("int('abc')", lambda: int('abc'))
show('int(4.9)', lambda: int(4.9))
show('int(-4.9)', lambda: int(-4.9))
show("int('12', base=3)", lambda: int('12', base=3))
show('int(12, 10)', lambda: int(12, 10))
show('int(None)', lambda: int(None))
show('int([1])', lambda: int([1]))
show("int('١٢')", lambda: int('١٢'))
show("int(float('inf'))", lambda: int(float('inf')))
show("int(float('nan'))", lambda: int(float('nan')))
show('int(True)', lambda: int(True))
show("int('0', 0)", lambda: int('0', 0))
show("int('00', 0)", lambda: int('00', 0))
show("int('09', 0)", lambda: int('09', 0))
show("int(' +7 ')", lambda: int(' +7 '))
show("int('- 7')", lambda: int('- 7'))
show("int('9'*30)", lambda: int('9'*30))
show("int(b'12')", lambda: int(b'12'))
show("int('1e3')", lambda: int('1e3'))
show('int(3.0e20)', lambda: int(3.0e20))
show("float('inf')", lambda: float('inf'))
show("float('-Infinity')", lambda: float('-Infinity'))
show("float(' 1.5 ')", lambda: float(' 1.5 '))
show("float('1_0')", lambda: float('1_0'))
show("float('1__0')", lambda: float('1__0'))
show("float('nan')", lambda: float('nan'))
show("float('1e5')", lambda: float('1e5'))
show("float('.5')", lambda: float('.5'))
show("float('5.')", lambda: float('5.'))
show("float('abc')", lambda: float('abc'))
show("float('')", lambda: float(''))
show('float(None)', lambda: float(None))
show("float('0x10')", lambda: float('0x10'))
show('float(2**1000)', lambda: float(2**1000))
show('float(10**400)', lambda: float(10**400))
show("float('1e400')", lambda: float('1e400'))
show("float(' -0.0')", lambda: float(' -0.0'))
show("float('+1.5E-3')", lambda: float('+1.5E-3'))
show('str(1.0)', lambda: str(1.0))
show('str(1e100)', lambda: str(1e100))
show('repr(0.1)', lambda: repr(0.1))
show('str(2.5e-7)', lambda: str(2.5e-7))
show('1/3', lambda: 1/3)
show('2/3*3', lambda: 2/3*3)
show('round(2.675, 2)', lambda: round(2.675, 2))
show('str(100.0)', lambda: str(100.0))
show('1e15', lambda: 1e15)
show('1e16', lambda: 1e16)
show('123456789.123456789', lambda: 123456789.123456789)

# expect: int('42') -> 42
# expect: int(' 42 ') -> 42
# expect: int('-0x1f', 16) -> -31
# expect: int('0x1f', 0) -> 31
# expect: int('0b101', 0) -> 5
# expect: int('0o17', 0) -> 15
# expect: int('017', 0) -> ValueError: invalid literal for int() with base 0: '017'
# expect: int('1_000') -> 1000
# expect: int('1__0') -> ValueError: invalid literal for int() with base 10: '1__0'
# expect: int('_1') -> ValueError: invalid literal for int() with base 10: '_1'
# expect: int('z', 36) -> 35
# expect: int('10', 1) -> ValueError: int() base must be >= 2 and <= 36, or 0
# expect: int('10', 37) -> ValueError: int() base must be >= 2 and <= 36, or 0
# expect: int('') -> ValueError: invalid literal for int() with base 10: ''
# expect: int('4.5') -> ValueError: invalid literal for int() with base 10: '4.5'
# expect: int('abc') -> ValueError: invalid literal for int() with base 10: 'abc'
# expect: int(4.9) -> 4
# expect: int(-4.9) -> -4
# expect: int('12', base=3) -> 5
# expect: int(12, 10) -> TypeError: int() can't convert non-string with explicit base
# expect: int(None) -> TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'
# expect: int([1]) -> TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'
# expect: int('١٢') -> 12
# expect: int(float('inf')) -> OverflowError: cannot convert float infinity to integer
# expect: int(float('nan')) -> ValueError: cannot convert float NaN to integer
# expect: int(True) -> 1
# expect: int('0', 0) -> 0
# expect: int('00', 0) -> 0
# expect: int('09', 0) -> ValueError: invalid literal for int() with base 0: '09'
# expect: int(' +7 ') -> 7
# expect: int('- 7') -> ValueError: invalid literal for int() with base 10: '- 7'
# expect: int('9'*30) -> 999999999999999999999999999999
# expect: int(b'12') -> 12
# expect: int('1e3') -> ValueError: invalid literal for int() with base 10: '1e3'
# expect: int(3.0e20) -> 300000000000000000000
# expect: float('inf') -> inf
# expect: float('-Infinity') -> -inf
# expect: float(' 1.5 ') -> 1.5
# expect: float('1_0') -> 10.0
# expect: float('1__0') -> ValueError: could not convert string to float: '1__0'
# expect: float('nan') -> nan
# expect: float('1e5') -> 100000.0
# expect: float('.5') -> 0.5
# expect: float('5.') -> 5.0
# expect: float('abc') -> ValueError: could not convert string to float: 'abc'
# expect: float('') -> ValueError: could not convert string to float: ''
# expect: float(None) -> TypeError: float() argument must be a string or a real number, not 'NoneType'
# expect: float('0x10') -> ValueError: could not convert string to float: '0x10'
# expect: float(2**1000) -> 1.0715086071862673e+301
# expect: float(10**400) -> OverflowError: int too large to convert to float
# expect: float('1e400') -> inf
# expect: float(' -0.0') -> -0.0
# expect: float('+1.5E-3') -> 0.0015
# expect: str(1.0) -> '1.0'
# expect: str(1e100) -> '1e+100'
# expect: repr(0.1) -> '0.1'
# expect: str(2.5e-7) -> '2.5e-07'
# expect: 1/3 -> 0.3333333333333333
# expect: 2/3*3 -> 2.0
# expect: round(2.675, 2) -> 2.67
# expect: str(100.0) -> '100.0'
# expect: 1e15 -> 1000000000000000.0
# expect: 1e16 -> 1e+16
# expect: 123456789.123456789 -> 123456789.12345679
