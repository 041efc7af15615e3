# float.fromhex: with and without 0x, signs, specials, subnormals, overflow and malformed strings
for s in ["0x1.8p1", "1.8p1", " -0x1p-2 ", "0x.8", "inf", "-Infinity", "nan", "0x1p1024", "0x1.fffffffffffffp1023", "0x1p-1074", "0x1p-1080", "0xg", "", "0x", "1p", "0x1.8p1.5", "0x1..2"]:
    try:
        print(repr(s), float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
print(float.fromhex((0.1).hex()) == 0.1, float.fromhex((-1e300).hex()))

# expect: '0x1.8p1' 3.0
# expect: '1.8p1' 3.0
# expect: ' -0x1p-2 ' -0.25
# expect: '0x.8' 0.5
# expect: 'inf' inf
# expect: '-Infinity' -inf
# expect: 'nan' nan
# expect: '0x1p1024' OverflowError hexadecimal value too large to represent as a float
# expect: '0x1.fffffffffffffp1023' 1.7976931348623157e+308
# expect: '0x1p-1074' 5e-324
# expect: '0x1p-1080' 0.0
# expect: '0xg' ValueError invalid hexadecimal floating-point string
# expect: '' ValueError invalid hexadecimal floating-point string
# expect: '0x' ValueError invalid hexadecimal floating-point string
# expect: '1p' ValueError invalid hexadecimal floating-point string
# expect: '0x1.8p1.5' ValueError invalid hexadecimal floating-point string
# expect: '0x1..2' ValueError invalid hexadecimal floating-point string
# expect: True -1e+300
