# sys.stdout.buffer / sys.stderr.buffer / sys.stdin.buffer: bytes through the same streams, in order.
import sys
print("text first")
n = sys.stdout.buffer.write("bytes: caf\u00e9\n".encode())
sys.stdout.buffer.flush()
print("then text again", n)
sys.stdout.write("mixed ")
sys.stdout.buffer.write(b"raw\n")
print(sys.stdout.buffer.name, sys.stdout.buffer.mode, sys.stdin.buffer.mode, sys.stdout.buffer.fileno(), sys.stdout.buffer.isatty())
print(sys.stdout.buffer is sys.stdout.buffer, type(sys.stdin.buffer).__name__)
sys.stdout.buffer.write(bytearray(b"from a bytearray\n"))
for bad in [lambda: sys.stdout.buffer.write("text"), lambda: sys.stdin.buffer.write(b"x"), lambda: sys.stdout.buffer.read()]:
    try:
        bad()
    except (TypeError, OSError) as e:
        print(type(e).__name__, e)
print(sys.stdin.buffer.read(3), sys.stdin.buffer.readline(), sys.stdin.buffer.readline(4), sys.stdin.buffer.readline())
print(list(sys.stdin.buffer), sys.stdin.buffer.read(), sys.stdin.buffer.readline(), sys.stdin.buffer.readlines())

# stdin: first line
# stdin: second
# stdin: third
# stdin: fourth
# expect: text first
# expect: bytes: café
# expect: then text again 13
# expect: mixed raw
# expect: <stdout> wb rb 1 False
# expect: True BufferedReader
# expect: from a bytearray
# expect: TypeError a bytes-like object is required, not 'str'
# expect: UnsupportedOperation write
# expect: UnsupportedOperation File not open for reading
# expect: b'fir' b'st line\n' b'seco' b'nd\n'
# expect: [b'third\n', b'fourth\n'] b'' b'' []
