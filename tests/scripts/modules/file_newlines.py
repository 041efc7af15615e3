# Reading translates "\r\n" and "\r" to "\n" (universal newlines) unless
# newline="" is given; writing leaves "\n" alone.
import random

path = "/tmp/coil_test_io_nl_%d.txt" % random.getrandbits(64)
with open(path, "w", newline="") as f:
    f.write("one\r\ntwo\rthree\nfour")
with open(path) as f:
    print(f.readlines())
with open(path) as f:
    print(repr(f.read()))
with open(path, newline="") as f:
    print(repr(f.read()))
with open(path) as f:
    print([line.rstrip("\n") for line in f])
open(path, "w").close()

# expect: ['one\n', 'two\n', 'three\n', 'four']
# expect: 'one\ntwo\nthree\nfour'
# expect: 'one\r\ntwo\rthree\nfour'
# expect: ['one', 'two', 'three', 'four']
