# A realistic use of re, compared with CPython 3.11.
import re

data = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 42\r\nX-Bin: \xff\xfe\r\n\r\nbody"
head, body = re.split(rb"\r\n\r\n", data, 1)
status = re.match(rb"HTTP/(\d)\.(\d) (\d{3}) (.*)", head)
print(status.groups())
headers = dict(re.findall(rb"^([\w-]+):\s*(.*?)\r?$", head, re.M))
print(headers)
print(re.sub(rb"[^\x20-\x7e]", b"?", data))
print(re.split(rb"\r\n", head))
print(re.compile(rb"\d+").findall(data), re.escape(b"1+1=2"))
print(re.match(rb"(?i)content", b"CONTENT"), re.search(rb"\w+", b"\xe9t\xe9"))

# expect: (b'1', b'1', b'200', b'OK\r')
# expect: {b'Content-Type': b'text/html', b'Content-Length': b'42', b'X-Bin': b'\xff\xfe'}
# expect: b'HTTP/1.1 200 OK??Content-Type: text/html??Content-Length: 42??X-Bin: ??????body'
# expect: [b'HTTP/1.1 200 OK', b'Content-Type: text/html', b'Content-Length: 42', b'X-Bin: \xff\xfe']
# expect: [b'1', b'1', b'200', b'42'] b'1\\+1=2'
# expect: <re.Match object; span=(0, 7), match=b'CONTENT'> <re.Match object; span=(1, 2), match=b't'>
