# A realistic use of re, compared with CPython 3.11.
import re

TEXT = """
; comment
[server]
host = example.com
port=8080
  # indented comment
[database]
user = admin
password = "s3cr=t"
timeout: 30

[empty]
bad line
"""

SECTION = re.compile(r'^\s*\[(?P<name>[^\]]+)\]\s*$')
OPTION = re.compile(r'^\s*(?P<key>[\w.]+)\s*(?P<sep>[=:])\s*(?P<value>.*?)\s*$')
COMMENT = re.compile(r'^\s*(?:[#;].*)?$')

config = {}
current = None
for n, line in enumerate(TEXT.splitlines(), 1):
    if COMMENT.match(line):
        continue
    m = SECTION.match(line)
    if m:
        current = config.setdefault(m['name'], {})
        continue
    m = OPTION.match(line)
    if m and current is not None:
        value = m['value']
        q = re.fullmatch(r'"(.*)"', value)
        if q:
            value = q.group(1)
        elif re.fullmatch(r'-?\d+', value):
            value = int(value)
        current[m['key']] = value
        continue
    print(f"line {n}: cannot parse {line!r}")
for section, options in config.items():
    print(section, options)

# expect: line 13: cannot parse 'bad line'
# expect: server {'host': 'example.com', 'port': 8080}
# expect: database {'user': 'admin', 'password': 's3cr=t', 'timeout': 30}
# expect: empty {}
