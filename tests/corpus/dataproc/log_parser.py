"""Parse web-server-like log lines with re, compute status counts, top paths, bytes per hour."""
import re
from collections import Counter, defaultdict

LOG = """\
192.168.1.10 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326
192.168.1.11 - - [10/Oct/2023:13:56:01 +0000] "GET /about.html HTTP/1.1" 200 1450
10.0.0.5 - - [10/Oct/2023:13:57:12 +0000] "POST /api/login HTTP/1.1" 401 120
10.0.0.5 - - [10/Oct/2023:13:57:15 +0000] "POST /api/login HTTP/1.1" 200 340
192.168.1.10 - - [10/Oct/2023:14:01:02 +0000] "GET /index.html HTTP/1.1" 304 0
172.16.0.2 - - [10/Oct/2023:14:03:44 +0000] "GET /missing HTTP/1.1" 404 512
malformed entry without structure
192.168.1.12 - - [10/Oct/2023:14:10:09 +0000] "GET /index.html HTTP/1.1" 200 2326
10.0.0.7 - - [10/Oct/2023:15:00:00 +0000] "DELETE /api/item/7 HTTP/1.1" 500 88
"""

PATTERN = re.compile(
    r'(?P<ip>\d+(?:\.\d+){3}) \S+ \S+ \[(?P<day>[^:]+):(?P<hour>\d\d):\d\d:\d\d [^\]]+\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) [^"]+" (?P<status>\d{3}) (?P<size>\d+)'
)

statuses = Counter()
paths = Counter()
bytes_per_hour = defaultdict(int)
ips = set()
bad = 0
for line in LOG.splitlines():
    m = PATTERN.match(line)
    if not m:
        bad += 1
        continue
    statuses[m["status"]] += 1
    paths[(m.group("method"), m.group("path"))] += 1
    bytes_per_hour[m["hour"]] += int(m["size"])
    ips.add(m["ip"])

print("status counts:", dict(sorted(statuses.items())))
print("errors:", sum(n for s, n in statuses.items() if s.startswith(("4", "5"))))
for (method, path), n in paths.most_common(3):
    print(f"  {n} x {method} {path}")
for hour in sorted(bytes_per_hour):
    print(f"{hour}:00 {bytes_per_hour[hour]:>6} bytes")
print("unique ips:", sorted(ips, key=lambda ip: tuple(map(int, ip.split(".")))))
print("malformed:", bad)
print(re.sub(r"\d+\.\d+\.\d+\.(\d+)", r"x.x.x.\1", LOG.splitlines()[0]))
print(re.findall(r'"(GET|POST|DELETE)', LOG))
print(re.split(r"\s*[,;]\s*", "a , b;c ;d"))
