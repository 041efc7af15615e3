# uuid: parsing every form, the fields and views, uuid3/uuid5 values, comparisons, pickling
# The uuid documentation examples
import uuid
x = uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org')
print(x, repr(x))
print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid5(uuid.NAMESPACE_URL, 'https://example.com/a'))
x = uuid.UUID('{00010203-0405-0607-0809-0a0b0c0d0e0f}')
print(str(x), x.bytes, x.hex, x.int, x.urn)
print(uuid.UUID(bytes=x.bytes), x.bytes_le, uuid.UUID(bytes_le=x.bytes_le) == x)
print(x.fields, x.time_low, x.time_mid, x.time_hi_version, x.clock_seq_hi_variant, x.clock_seq_low, x.node)
print(x.time, x.clock_seq, x.variant, x.version)
print(x.is_safe, uuid.SafeUUID.unknown, uuid.RFC_4122, uuid.RESERVED_NCS)
print(uuid.UUID(int=0x12345678123456781234567812345678), uuid.UUID(fields=(1, 2, 3, 4, 5, 6)))
print(uuid.UUID('urn:uuid:12345678-1234-5678-1234-567812345678').version)
# UUIDs as dict keys, sorted, compared, pickled, copied
import uuid, pickle, copy
a = uuid.UUID(int=1); b = uuid.UUID(int=2)
print(a < b, a == uuid.UUID(int=1), a != b, hash(a) == hash(uuid.UUID(int=1)))
d = {a: 'one', b: 'two'}
print(d[uuid.UUID('00000000-0000-0000-0000-000000000002')])
print(sorted([b, a]))
print(int(a), a == 1, str(a).upper())
p = pickle.loads(pickle.dumps(a)); print(p == a, p.is_safe)
print(pickle.dumps(a))
print(copy.copy(b) == b, copy.deepcopy(b) == b)
print(f'{a}', '%s' % b)
# Deterministic ids for names in a namespace
import uuid
NS = uuid.uuid5(uuid.NAMESPACE_DNS, 'example.org')
users = ['alice', 'bob', 'carol']
table = {uuid.uuid5(NS, u): u for u in users}
for k, v in table.items():
    print(v, k, k.version)
print(uuid.uuid3(NS, 'alice').hex)
print(uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)

# expect: 6fa459ea-ee8a-3ca4-894e-db77e160355e UUID('6fa459ea-ee8a-3ca4-894e-db77e160355e')
# expect: 886313e1-3b8a-5372-9b90-0c9aee199e5d
# expect: 6639460f-3425-5329-8097-a58f06127860
# expect: 00010203-0405-0607-0809-0a0b0c0d0e0f b'\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f' 000102030405060708090a0b0c0d0e0f 5233100606242806050955395731361295 urn:uuid:00010203-0405-0607-0809-0a0b0c0d0e0f
# expect: 00010203-0405-0607-0809-0a0b0c0d0e0f b'\x03\x02\x01\x00\x05\x04\x07\x06\x08\t\n\x0b\x0c\r\x0e\x0f' True
# expect: (66051, 1029, 1543, 8, 9, 11042563100175) 66051 1029 1543 8 9 11042563100175
# expect: 434320308585955843 2057 reserved for NCS compatibility None
# expect: SafeUUID.unknown SafeUUID.unknown specified in RFC 4122 reserved for NCS compatibility
# expect: 12345678-1234-5678-1234-567812345678 00000001-0002-0003-0405-000000000006
# expect: None
# expect: True True True True
# expect: two
# expect: [UUID('00000000-0000-0000-0000-000000000001'), UUID('00000000-0000-0000-0000-000000000002')]
# expect: 1 False 00000000-0000-0000-0000-000000000001
# expect: True SafeUUID.unknown
# expect: b'\x80\x04\x95 \x00\x00\x00\x00\x00\x00\x00\x8c\x04uuid\x94\x8c\x04UUID\x94\x93\x94)\x81\x94}\x94\x8c\x03int\x94K\x01sb.'
# expect: True True
# expect: 00000000-0000-0000-0000-000000000001 00000000-0000-0000-0000-000000000002
# expect: alice 82bc2a33-dfa5-5a2d-be34-7605a9cc3736 5
# expect: bob c2af3f5b-ecb7-5646-98f2-be058ffe7264 5
# expect: carol 5d96691c-0785-50d5-b1eb-d581fb731370 5
# expect: e3687aa7ae84317c9e884e9255051a17
# expect: 6ba7b812-9dad-11d1-80b4-00c04fd430c8 6ba7b814-9dad-11d1-80b4-00c04fd430c8
