# open() in binary modes: bytes in and out, BufferedReader/Writer/Random, relative seeks, append, argument errors, io ABCs
import io, random, os
path = '/tmp/coil_test_bin_%d' % random.getrandbits(64)
with open(path, 'wb') as f:
    print(repr(f) == f"<_io.BufferedWriter name='{path}'>", f.mode, f.write(b'\x00\x01\xffabc\n'), f.write(bytearray(b'de')))
    try: f.write('s')
    except TypeError as e: print(e)
with open(path, 'rb') as f:
    print(type(f).__name__, f.read(2), f.readline(), f.read(), f.tell(), f.seek(-3, 2), f.read())
    print(hasattr(f, 'encoding'), hasattr(f, 'newlines'))
with open(path, 'r+b') as f:
    print(type(f).__name__, f.read(1)); f.seek(0); f.write(b'Z'); f.seek(0); print(f.read())
with open(path, 'ab') as f: f.write(b'END')
print(open(path, 'rb').readlines())
try: open(path, 'rb', encoding='utf-8')
except ValueError as e: print(e)
print(isinstance(open(path), io.IOBase), isinstance(open(path, 'rb'), io.BufferedIOBase), isinstance(3, io.IOBase))

os.remove(path)

# expect: True wb 7 2
# expect: a bytes-like object is required, not 'str'
# expect: BufferedReader b'\x00\x01' b'\xffabc\n' b'de' 9 6 b'\nde'
# expect: False False
# expect: BufferedRandom b'\x00'
# expect: b'Z\x01\xffabc\nde'
# expect: [b'Z\x01\xffabc\n', b'deEND']
# expect: binary mode doesn't take an encoding argument
# expect: True True False
