# memoryview: users (expectations from python3 3.11)
# memoryview objects are bytes-like wherever CPython takes a buffer.
import base64, binascii, hashlib, struct, zlib, io

buf = bytearray(16)
mv = memoryview(buf)
struct.pack_into('<IH', mv, 2, 0xdeadbeef, 7)
print(buf)
print(struct.unpack_from('<IH', mv, 2), struct.unpack('<H', mv[6:8]))
struct.pack_into('<H', mv[8:], 0, 513)
print(buf.hex())
try:
    struct.pack_into('<H', memoryview(b'abcd'), 0, 1)
except TypeError as e:
    print('TypeError', e)
print(list(struct.iter_unpack('<H', memoryview(b'\x01\x00\x02\x00'))))
print(hashlib.sha256(memoryview(b'abc')).hexdigest()[:16], hashlib.md5(memoryview(b'abcdef')[2:]).hexdigest()[:8])
print(binascii.hexlify(memoryview(b'\x01\x02')), base64.b64encode(memoryview(b'hi')))
print(zlib.crc32(memoryview(b'abc')), zlib.decompress(memoryview(zlib.compress(b'zz' * 10))))
print(bytes(memoryview(b'abcdef')[::2]), bytearray(memoryview(b'xyz')[1:]))
print(b'-'.join([memoryview(b'ab'), b'cd']), bytearray(b'+').join([memoryview(b'x')]))
print(str(memoryview(b'caf\xc3\xa9'), 'utf-8'), str(bytearray(b'ok'), 'ascii'))
print(int.from_bytes(memoryview(b'\x01\x00'), 'little'))
print(b'abc' + memoryview(b'def'), bytearray(b'x') + memoryview(b'y'))
print(b'abcdef'.startswith(memoryview(b'ab')), b'abcdef'.find(memoryview(b'cd')), memoryview(b'cd') in [b'cd'])
ba = bytearray(b'12')
ba.extend(memoryview(b'34'))
ba += memoryview(b'56')
print(ba)
stream = io.BytesIO()
stream.write(memoryview(b'written'))
print(stream.getvalue())

# A reader that fills a buffer in place through a view, as network code does.
payload = b'0123456789'
target = bytearray(len(payload))
view = memoryview(target)
pos = 0
while pos < len(payload):
    chunk = payload[pos:pos + 3]
    view[pos:pos + len(chunk)] = chunk
    pos += len(chunk)
print(target, view.tobytes() == payload)

# expect: bytearray(b'\x00\x00\xef\xbe\xad\xde\x07\x00\x00\x00\x00\x00\x00\x00\x00\x00')
# expect: (3735928559, 7) (7,)
# expect: 0000efbeadde07000102000000000000
# expect: TypeError argument must be read-write bytes-like object, not memoryview
# expect: [(1,), (2,)]
# expect: ba7816bf8f01cfea 5bede326
# expect: b'0102' b'aGk='
# expect: 891568578 b'zzzzzzzzzzzzzzzzzzzz'
# expect: b'ace' bytearray(b'yz')
# expect: b'ab-cd' bytearray(b'x')
# expect: café ok
# expect: 1
# expect: b'abcdef' bytearray(b'xy')
# expect: True 2 True
# expect: bytearray(b'123456')
# expect: b'written'
# expect: bytearray(b'0123456789') True
