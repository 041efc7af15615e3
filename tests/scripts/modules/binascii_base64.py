# binascii (native) and base64 (CPython's module on it): encodings, errors.
import base64
import binascii

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

data = bytes(range(0, 256, 7))
for n in range(5):
    print(binascii.b2a_base64(data[:n]), binascii.b2a_base64(data[:n], newline=False))
print(binascii.a2b_base64(binascii.b2a_base64(data)) == data, binascii.a2b_base64('aGVsbG8='))
print(binascii.a2b_base64(b'aGVs\nbG8=\n'), binascii.a2b_base64(b'aGVsbG8=garbage'), binascii.a2b_base64(b'a*G*V*s'))
for bad in [b'aGVsbG8', b'a', b'abcde', b'ab=c']:
    show(lambda: binascii.a2b_base64(bad))
for bad in [b'=abc', b'ab==c', b'ab=', b'ab!c', b'abc=d', b'ab=c=']:
    show(lambda: binascii.a2b_base64(bad, strict_mode=True))
show(lambda: binascii.a2b_base64('é'))
show(lambda: binascii.a2b_base64(5))
show(lambda: binascii.b2a_base64('abc'))
print(binascii.hexlify(b'\x01\xab\xff'), binascii.b2a_hex(b''), binascii.hexlify(b'\x01\x02\x03\x04', '-'),
      binascii.hexlify(b'\x01\x02\x03\x04\x05', b':', 2), binascii.hexlify(b'\x01\x02\x03', ' ', -2))
print(binascii.unhexlify(b'01abFF'), binascii.a2b_hex('deadbeef'), binascii.unhexlify(bytearray(b'00')))
show(lambda: binascii.unhexlify(b'abc'))
show(lambda: binascii.unhexlify(b'zz'))
show(lambda: binascii.hexlify('ab'))
print(binascii.crc32(b'hello world'), hex(binascii.crc32(b'')), binascii.crc32(b'world', binascii.crc32(b'hello ')),
      binascii.crc32(b'abc', -1), binascii.crc32(b'abc', 2**40 + 5), binascii.crc_hqx(b'123456789', 0xFFFF))
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__)

print(base64.b64encode(data[:10]), base64.b64decode(base64.b64encode(data)) == data)
print(base64.urlsafe_b64encode(b'\xfb\xff\xfe'), base64.urlsafe_b64decode('-__-'), base64.b64encode(b'\xfb\xff', altchars=b'*!'))
print(base64.standard_b64encode(b'xyz'), base64.standard_b64decode(b'eHl6'), base64.b64decode('eHl6\n', validate=False))
show(lambda: base64.b64decode('eHl6!', validate=True))
show(lambda: base64.b64decode('eHl'))
show(lambda: base64.b64encode('text'))
print(base64.b32encode(b'hello'), base64.b32decode(b'NBSWY3DP'), base64.b32decode('nbswy3dp', casefold=True))
print(base64.b32hexencode(b'hello'), base64.b32hexdecode(b'D1IMOR3F'))
show(lambda: base64.b32decode(b'NBSWY3D'))
show(lambda: base64.b32decode(b'NBSWY3D1'))
print(base64.b16encode(b'\x01\xfe'), base64.b16decode('01FE'), base64.b16decode('01fe', casefold=True))
show(lambda: base64.b16decode('01fe'))
print(base64.a85encode(b'hello world'), base64.a85decode(base64.a85encode(b'hello world')))
print(base64.b85encode(b'hello world'), base64.b85decode(base64.b85encode(b'hello world')))
print(base64.encodebytes(b'x' * 60), base64.decodebytes(b'eHh4\n'))

# Expected output (CPython 3.11):
# expect: b'\n' b''
# expect: b'AA==\n' b'AA=='
# expect: b'AAc=\n' b'AAc='
# expect: b'AAcO\n' b'AAcO'
# expect: b'AAcOFQ==\n' b'AAcOFQ=='
# expect: True b'hello'
# expect: b'hello' b'hello' b'hel'
# expect: Error: Incorrect padding
# expect: Error: Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4
# expect: Error: Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4
# expect: Error: Incorrect padding
# expect: Error: Leading padding not allowed
# expect: Error: Excess data after padding
# expect: Error: Incorrect padding
# expect: Error: Only base64 data is allowed
# expect: Error: Excess data after padding
# expect: Error: Discontinuous padding not allowed
# expect: ValueError: string argument should contain only ASCII characters
# expect: TypeError: argument should be bytes, buffer or ASCII string, not 'int'
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: b'01abff' b'' b'01-02-03-04' b'01:0203:0405' b'0102 03'
# expect: b'\x01\xab\xff' b'\xde\xad\xbe\xef' b'\x00'
# expect: Error: Odd-length string
# expect: Error: Non-hexadecimal digit found
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: 222957957 0x0 222957957 899311407 871334697 10673
# expect: True binascii
# expect: b'AAcOFRwjKjE4Pw==' True
# expect: b'-__-' b'\xfb\xff\xfe' b'*!8='
# expect: b'eHl6' b'xyz' b'xyz'
# expect: Error: Only base64 data is allowed
# expect: Error: Incorrect padding
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: b'NBSWY3DP' b'hello' b'hello'
# expect: b'D1IMOR3F' b'hello'
# expect: Error: Incorrect padding
# expect: Error: Non-base32 digit found
# expect: b'01FE' b'\x01\xfe' b'\x01\xfe'
# expect: Error: Non-base16 digit found
# expect: b'BOu!rD]j7BEbo7' b'hello world'
# expect: b'Xk~0{Zy<MXa%^M' b'hello world'
# expect: b'eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4\neHh4\n' b'xxx'
