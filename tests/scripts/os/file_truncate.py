# file.truncate(size=None) on binary and text files (zipfile rewrites its central directory with it)
import tempfile, os
p = os.path.join(tempfile.mkdtemp(), 'f')
with open(p, 'w') as w: w.write('hello')
f = open(p, 'rb')
try: f.truncate()
except Exception as e: print(type(e).__name__, e)
f.close()
f = open(p, 'r+b'); f.read(2); print(f.truncate(3), f.tell()); f.close(); print(open(p, 'rb').read())
f = open(p, 'r+b'); print(f.truncate(10)); f.close(); print(open(p, 'rb').read())
f = open(p, 'r+b')
try: f.truncate(-1)
except Exception as e: print(type(e).__name__, e)
f.seek(4); print(f.truncate(), f.tell()); f.write(b'!'); f.close(); print(open(p, 'rb').read())
with open(p, 'ab') as f: print(f.truncate(2))
print(open(p, 'rb').read())
f = open(p, 'wb'); f.close()
try: f.truncate()
except ValueError as e: print('ValueError', e)
with open(p, 'w') as w: w.write('hello\nworld\n')
f = open(p, 'r+'); print(f.truncate(2)); f.write('XY'); f.close(); print(repr(open(p).read()))

# expect: UnsupportedOperation truncate
# expect: 3 2
# expect: b'hel'
# expect: 10
# expect: b'hel\x00\x00\x00\x00\x00\x00\x00'
# expect: OSError [Errno 22] Invalid argument
# expect: 4 4
# expect: b'hel\x00!'
# expect: 2
# expect: b'he'
# expect: ValueError truncate of closed file
# expect: 2
# expect: 'XY'
