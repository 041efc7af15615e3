# ipaddress: IPv4/IPv6 addresses, properties, arithmetic, formats, interfaces and validation errors
# Address basics from the ipaddress HOWTO
import ipaddress
a = ipaddress.ip_address('192.0.2.1'); b = ipaddress.ip_address('2001:DB8::1')
print(repr(a), repr(b), a.version, b.version, str(b), b.exploded, b.compressed)
print(ipaddress.ip_address(3221225985), int(a), a + 5, a - 1, a.packed, b.packed)
print(a.is_private, a.is_global, a.is_loopback, ipaddress.ip_address('127.0.0.1').is_loopback,
      ipaddress.ip_address('224.0.0.1').is_multicast, ipaddress.ip_address('169.254.1.1').is_link_local)
print(a.reverse_pointer, b.reverse_pointer)
print(ipaddress.ip_address('::ffff:192.0.2.1').ipv4_mapped, b.max_prefixlen)
print(sorted([ipaddress.ip_address('10.0.0.2'), ipaddress.ip_address('10.0.0.1')]))
print(ipaddress.IPv4Address('1.2.3.4') < ipaddress.IPv4Address('1.2.3.5'), format(a, 'b')[:8], format(a, '#x'))
# Interfaces and validation of user input
import ipaddress
iface = ipaddress.ip_interface('192.0.2.5/24')
print(iface, iface.ip, iface.network, iface.with_prefixlen, iface.with_netmask, iface.with_hostmask)
i6 = ipaddress.ip_interface('2001:db8::1/64'); print(i6.network, i6.ip)
for s in ['192.168.0.1', '300.1.1.1', '1.2.3', 'fe80::1%eth0', 'abc', '192.168.0.0/33', '10.0.0.1/24', '::1::2']:
    try:
        print(s, '->', repr(ipaddress.ip_address(s)))
    except ValueError as e:
        print(s, 'ValueError', e)
for s in ['10.0.0.1/24', '10.0.0.0/255.255.255.0', '10.0.0.0/0.0.0.255', '1.2.3.4/40']:
    try:
        print(ipaddress.ip_network(s))
    except ValueError as e:
        print(type(e).__name__, e)
try: ipaddress.IPv4Address(-1)
except ipaddress.AddressValueError as e: print('AddressValueError', e)
try: ipaddress.IPv4Network('10.0.0.0/xx')
except ipaddress.NetmaskValueError as e: print('NetmaskValueError', e)

# expect: IPv4Address('192.0.2.1') IPv6Address('2001:db8::1') 4 6 2001:db8::1 2001:0db8:0000:0000:0000:0000:0000:0001 2001:db8::1
# expect: 192.0.2.1 3221225985 192.0.2.6 192.0.2.0 b'\xc0\x00\x02\x01' b' \x01\r\xb8\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01'
# expect: True False False True True True
# expect: 1.2.0.192.in-addr.arpa 1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa
# expect: 192.0.2.1 128
# expect: [IPv4Address('10.0.0.1'), IPv4Address('10.0.0.2')]
# expect: True 11000000 0xc0000201
# expect: 192.0.2.5/24 192.0.2.5 192.0.2.0/24 192.0.2.5/24 192.0.2.5/255.255.255.0 192.0.2.5/0.0.0.255
# expect: 2001:db8::/64 2001:db8::1
# expect: 192.168.0.1 -> IPv4Address('192.168.0.1')
# expect: 300.1.1.1 ValueError '300.1.1.1' does not appear to be an IPv4 or IPv6 address
# expect: 1.2.3 ValueError '1.2.3' does not appear to be an IPv4 or IPv6 address
# expect: fe80::1%eth0 -> IPv6Address('fe80::1%eth0')
# expect: abc ValueError 'abc' does not appear to be an IPv4 or IPv6 address
# expect: 192.168.0.0/33 ValueError '192.168.0.0/33' does not appear to be an IPv4 or IPv6 address
# expect: 10.0.0.1/24 ValueError '10.0.0.1/24' does not appear to be an IPv4 or IPv6 address
# expect: ::1::2 ValueError '::1::2' does not appear to be an IPv4 or IPv6 address
# expect: ValueError 10.0.0.1/24 has host bits set
# expect: 10.0.0.0/24
# expect: 10.0.0.0/24
# expect: ValueError '1.2.3.4/40' does not appear to be an IPv4 or IPv6 network
# expect: AddressValueError -1 (< 0) is not permitted as an IPv4 address
# expect: NetmaskValueError 'xx' is not a valid netmask
