# uuid: uuid4 and uuid1 (a random multicast node, as CPython's last resort), their versions and variants
import uuid
ids = [uuid.uuid4() for _ in range(50)]
print(len(set(ids)), all(u.version == 4 and u.variant == uuid.RFC_4122 for u in ids))
u1 = uuid.uuid1()
print(u1.version, u1.variant, len(str(u1)), uuid.uuid1().time >= u1.time)
n = uuid.getnode(); print(0 <= n < 2**48, n == uuid.getnode())
u1b = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(hex(u1b.node), u1b.clock_seq, u1b.version)

# expect: 50 True
# expect: 1 specified in RFC 4122 36 True
# expect: True True
# expect: 0x123456789abc 4660 1
