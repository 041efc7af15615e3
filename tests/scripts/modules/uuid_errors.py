# uuid: CPython's errors for malformed strings, bytes, ints, fields and versions; immutability
# Bad inputs to UUID
import uuid
for args in [('xyz',), ('12345678-1234-5678-1234-56781234567',), ()]:
    try: uuid.UUID(*args)
    except Exception as e: print(type(e).__name__, e)
for kw in [{'bytes': b'short'}, {'bytes_le': b'x' * 17}, {'int': -1}, {'int': 1 << 128}, {'fields': (1, 2)},
           {'fields': (1 << 32, 0, 0, 0, 0, 0)}, {'hex': '0' * 32, 'int': 1}, {'hex': '0' * 32, 'version': 9}]:
    try: print(uuid.UUID(**kw))
    except Exception as e: print(type(e).__name__, e)
u = uuid.uuid4()
try:
    u.int = 5
except TypeError as e:
    print('TypeError', e)

# expect: ValueError badly formed hexadecimal UUID string
# expect: ValueError badly formed hexadecimal UUID string
# expect: TypeError one of the hex, bytes, bytes_le, fields, or int arguments must be given
# expect: ValueError bytes is not a 16-char string
# expect: ValueError bytes_le is not a 16-char string
# expect: ValueError int is out of range (need a 128-bit value)
# expect: ValueError int is out of range (need a 128-bit value)
# expect: ValueError fields is not a 6-tuple
# expect: ValueError field 1 out of range (need a 32-bit value)
# expect: TypeError one of the hex, bytes, bytes_le, fields, or int arguments must be given
# expect: ValueError illegal version number
# expect: TypeError UUID objects are immutable
