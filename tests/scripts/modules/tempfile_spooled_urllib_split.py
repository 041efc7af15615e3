# tempfile.SpooledTemporaryFile (CPython's: memory until max_size, then a real file) and
# urllib.parse's private _split*() helpers that mimetypes and older code use.
import tempfile
s = tempfile.SpooledTemporaryFile(max_size=10, mode="w+")
s.write("small"); print(s._rolled); s.seek(0); print(s.read())
s.write("x" * 20); print(s._rolled, s.tell()); s.seek(0); print(s.read()); s.close()
with tempfile.SpooledTemporaryFile(max_size=4) as b:
    b.write(b"ab"); print(b._rolled, b.mode); b.write(b"cdef"); print(b._rolled); b.seek(0); print(b.read(), b.name is not None)
with tempfile.SpooledTemporaryFile() as c:
    c.write(b"data"); c.rollover(); c.seek(0); print(c.read(), c.closed)
print(c.closed, tempfile.SpooledTemporaryFile[int])
from urllib.parse import _splittype, _splithost, _splitport, _splituser, _splitquery, _splittag, _splitvalue, _splitnport
print(_splittype("http://x/y"), _splittype("nope"), _splithost("//h:80/p"), _splitport("h:80"), _splituser("u:p@h"))
print(_splitquery("/a?b=1"), _splittag("/a#t"), _splitvalue("k=v"), _splitnport("h:x"), _splitnport("h"))
# expect: False
# expect: small
# expect: True 25
# expect: smallxxxxxxxxxxxxxxxxxxxx
# expect: False w+b
# expect: True
# expect: b'abcdef' True
# expect: b'data' False
# expect: True tempfile.SpooledTemporaryFile[int]
# expect: ('http', '//x/y') (None, 'nope') ('h:80', '/p') ('h', '80') ('u:p', 'h')
# expect: ('/a', 'b=1') ('/a', 't') ('k', 'v') ('h', None) ('h', -1)
