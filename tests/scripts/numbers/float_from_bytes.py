# float() of bytes-like objects reads their ASCII text (pickle protocol 0 relies on it)
for x in [b'1.5', b' 2e3 ', bytearray(b'-inf'), memoryview(b'7'), b'x', bytearray(b'y'), b'\xff1', b'1_0', b'nan']:
    try: print(float(x))
    except Exception as e: print(type(e).__name__, e)

# expect: 1.5
# expect: 2000.0
# expect: -inf
# expect: 7.0
# expect: ValueError could not convert string to float: b'x'
# expect: ValueError could not convert string to float: bytearray(b'y')
# expect: ValueError could not convert string to float: b'\xff1'
# expect: 10.0
# expect: nan
