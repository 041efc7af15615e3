# A realistic use of re, compared with CPython 3.11.
import re

LINES = """def foo(x):
    return x + 1  # TODO: handle None
class Bar:
    pass
def baz(a, b=2, *args, **kw):
    # FIXME later
    return [foo(i) for i in range(a)]
""".splitlines()

def grep(pattern, lines, flags=0, invert=False, only=False):
    rx = re.compile(pattern, flags)
    for n, line in enumerate(lines, 1):
        found = rx.search(line)
        if bool(found) != invert:
            if only and found:
                for m in rx.finditer(line):
                    print(f"{n}:{m.start()}:{m.group()}")
            else:
                print(f"{n}: {line}")

grep(r'^def (\w+)\((.*)\):', LINES)
grep(r'todo|fixme', LINES, re.I)
grep(r'\breturn\b', LINES, invert=True)
grep(r'\w+(?=\()', LINES, only=True)
defs = [re.match(r'def (\w+)\((.*)\)', l).groups() for l in LINES if l.startswith('def')]
for name, params in defs:
    print(name, [p.strip() for p in re.split(r',\s*', params)])

# expect: 1: def foo(x):
# expect: 5: def baz(a, b=2, *args, **kw):
# expect: 2:     return x + 1  # TODO: handle None
# expect: 6:     # FIXME later
# expect: 1: def foo(x):
# expect: 3: class Bar:
# expect: 4:     pass
# expect: 5: def baz(a, b=2, *args, **kw):
# expect: 6:     # FIXME later
# expect: 1:4:foo
# expect: 5:4:baz
# expect: 7:12:foo
# expect: 7:28:range
# expect: foo ['x']
# expect: baz ['a', 'b=2', '*args', '**kw']
