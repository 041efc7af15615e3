# A realistic use of re, compared with CPython 3.11.
import re
from collections import Counter, defaultdict

LOG = """\
127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326
192.168.1.5 - bob [10/Oct/2000:13:56:01 -0700] "POST /login HTTP/1.1" 302 -
10.0.0.7 - - [10/Oct/2000:13:57:12 -0700] "GET /index.html HTTP/1.1" 200 5120
10.0.0.7 - - [10/Oct/2000:13:57:13 -0700] "GET /missing HTTP/1.1" 404 210
garbage line here
192.168.1.5 - bob [10/Oct/2000:14:01:44 -0700] "GET /admin?x=1&y=2 HTTP/1.1" 500 17
"""

LINE = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) \S+ (?P<user>\S+) '
    r'\[(?P<ts>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+) (?P<proto>HTTP/[\d.]+)" '
    r'(?P<status>\d{3}) (?P<size>\d+|-)'
)

by_status = Counter()
bytes_by_ip = defaultdict(int)
bad = 0
for lineno, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        bad += 1
        print(f"line {lineno}: unparsable: {line!r}")
        continue
    d = m.groupdict()
    by_status[d['status']] += 1
    if d['size'] != '-':
        bytes_by_ip[d['ip']] += int(d['size'])
    day, hms = re.match(r'(\d+/\w+/\d+):(\d\d:\d\d:\d\d)', d['ts']).groups()
    path, _, query = d['path'].partition('?')
    params = dict(re.findall(r'(\w+)=(\w*)', query))
    print(f"{d['ip']:>15} {d['user']:>4} {day} {hms} {d['method']:<5} {path:<15} {d['status']} {params}")

print(sorted(by_status.items()))
print(dict(bytes_by_ip))
print("bad lines:", bad)
errors = [m.group('path') for m in LINE.finditer(LOG) if m.group('status').startswith(('4', '5'))]
print(errors)

# expect:       127.0.0.1    - 10/Oct/2000 13:55:36 GET   /apache_pb.gif  200 {}
# expect:     192.168.1.5  bob 10/Oct/2000 13:56:01 POST  /login          302 {}
# expect:        10.0.0.7    - 10/Oct/2000 13:57:12 GET   /index.html     200 {}
# expect:        10.0.0.7    - 10/Oct/2000 13:57:13 GET   /missing        404 {}
# expect: line 5: unparsable: 'garbage line here'
# expect:     192.168.1.5  bob 10/Oct/2000 14:01:44 GET   /admin          500 {'x': '1', 'y': '2'}
# expect: [('200', 2), ('302', 1), ('404', 1), ('500', 1)]
# expect: {'127.0.0.1': 2326, '10.0.0.7': 5330, '192.168.1.5': 17}
# expect: bad lines: 1
# expect: ['/missing', '/admin?x=1&y=2']
