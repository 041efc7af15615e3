# ipaddress: networks, hosts, subnets/supernets, exclusion, summarizing and collapsing, 128-bit ranges
# Networks: hosts, subnets, supernets, membership
import ipaddress
net = ipaddress.ip_network('192.0.2.0/28')
print(net, net.num_addresses, net.netmask, net.hostmask, net.broadcast_address, net.prefixlen)
print(list(net.hosts())[:3], len(list(net.hosts())))
print(list(net.subnets(prefixlen_diff=2)))
print(net.supernet(new_prefix=24), ipaddress.ip_address('192.0.2.5') in net)
n6 = ipaddress.ip_network('2001:db8::/96')
print(n6.num_addresses, n6.with_netmask, n6.with_hostmask)
print(ipaddress.ip_network('10.0.0.0/8').overlaps(ipaddress.ip_network('10.1.0.0/16')))
print(ipaddress.ip_network('10.1.0.0/16').subnet_of(ipaddress.ip_network('10.0.0.0/8')))
print(list(ipaddress.ip_network('10.0.0.0/24').address_exclude(ipaddress.ip_network('10.0.0.0/26'))))
print(ipaddress.ip_network('192.0.2.1/24', strict=False), net[3], net[-1])
print(list(ipaddress.summarize_address_range(ipaddress.IPv4Address('192.0.2.0'), ipaddress.IPv4Address('192.0.2.130'))))
print(list(ipaddress.collapse_addresses([ipaddress.ip_network('192.0.2.0/25'), ipaddress.ip_network('192.0.2.128/25')])))
# A firewall rule matcher
import ipaddress
rules = [('deny', '10.0.0.0/8'), ('allow', '10.1.2.0/24'), ('allow', '2001:db8::/32'), ('deny', '0.0.0.0/0')]
nets = [(action, ipaddress.ip_network(n)) for action, n in rules]
def decide(addr):
    a = ipaddress.ip_address(addr)
    best = None
    for action, n in nets:
        if a.version == n.version and a in n:
            if best is None or n.prefixlen > best[1].prefixlen:
                best = (action, n)
    return best
for addr in ['10.1.2.3', '10.9.9.9', '8.8.8.8', '2001:db8::5', '::1']:
    print(addr, decide(addr))
counts = {}
for a in ipaddress.ip_network('10.1.2.0/29'):
    counts[a.is_private] = counts.get(a.is_private, 0) + 1
print(counts, hash(ipaddress.ip_address('1.1.1.1')) == hash(ipaddress.ip_address('1.1.1.1')))
# Splitting an address plan
import ipaddress
base = ipaddress.IPv4Network('172.16.0.0/20')
for i, sub in enumerate(base.subnets(new_prefix=22)):
    hosts = list(sub.hosts())
    print(i, sub, hosts[0], hosts[-1], sub.num_addresses)
v6 = ipaddress.IPv6Network('2001:db8:abcd::/48')
print(next(v6.subnets(new_prefix=64)), v6.is_private, v6.is_global)
print(ipaddress.v4_int_to_packed(3232235521), ipaddress.v6_int_to_packed(1)[-2:])
print(ipaddress.get_mixed_type_key(ipaddress.ip_address('1.1.1.1')))
print(ipaddress.IPv6Address('2001:db8::1').scope_id, ipaddress.IPv6Address('fe80::1%eth0').scope_id)
print(ipaddress.IPv4Address('192.168.1.1').is_reserved, ipaddress.IPv6Address('::').is_unspecified)
print(ipaddress.IPv6Address('2002:c000:0204::1').sixtofour, ipaddress.IPv6Address('2001:0:4136:e378:8000:63bf:3fff:fdd2').teredo)

# expect: 192.0.2.0/28 16 255.255.255.240 0.0.0.15 192.0.2.15 28
# expect: [IPv4Address('192.0.2.1'), IPv4Address('192.0.2.2'), IPv4Address('192.0.2.3')] 14
# expect: [IPv4Network('192.0.2.0/30'), IPv4Network('192.0.2.4/30'), IPv4Network('192.0.2.8/30'), IPv4Network('192.0.2.12/30')]
# expect: 192.0.2.0/24 True
# expect: 4294967296 2001:db8::/ffff:ffff:ffff:ffff:ffff:ffff:: 2001:db8::/::ffff:ffff
# expect: True
# expect: True
# expect: [IPv4Network('10.0.0.128/25'), IPv4Network('10.0.0.64/26')]
# expect: 192.0.2.0/24 192.0.2.3 192.0.2.15
# expect: [IPv4Network('192.0.2.0/25'), IPv4Network('192.0.2.128/31'), IPv4Network('192.0.2.130/32')]
# expect: [IPv4Network('192.0.2.0/24')]
# expect: 10.1.2.3 ('allow', IPv4Network('10.1.2.0/24'))
# expect: 10.9.9.9 ('deny', IPv4Network('10.0.0.0/8'))
# expect: 8.8.8.8 ('deny', IPv4Network('0.0.0.0/0'))
# expect: 2001:db8::5 ('allow', IPv6Network('2001:db8::/32'))
# expect: ::1 None
# expect: {True: 8} True
# expect: 0 172.16.0.0/22 172.16.0.1 172.16.3.254 1024
# expect: 1 172.16.4.0/22 172.16.4.1 172.16.7.254 1024
# expect: 2 172.16.8.0/22 172.16.8.1 172.16.11.254 1024
# expect: 3 172.16.12.0/22 172.16.12.1 172.16.15.254 1024
# expect: 2001:db8:abcd::/64 True False
# expect: b'\xc0\xa8\x00\x01' b'\x00\x01'
# expect: (4, IPv4Address('1.1.1.1'))
# expect: None eth0
# expect: False True
# expect: 192.0.2.4 (IPv4Address('65.54.227.120'), IPv4Address('192.0.2.45'))
