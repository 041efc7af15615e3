# open() for text files: write, read, read(n), readline, readlines, iteration,
# `with`, append mode, writelines, print(file=...).
import random

path = "/tmp/coil_test_io_%d.txt" % random.getrandbits(64)

with open(path, "w") as f:
    print(f.write("héllo\n"), f.mode, f.closed, f.readable(), f.writable())
    f.write("second line\n")
    f.writelines(["a\n", "b\n", "no newline"])
print(f.closed)

f = open(path)
print(f.mode, f.encoding, f.readable(), f.writable())
print(repr(f.read(3)), repr(f.readline()), repr(f.readline(3)), repr(f.readline()))
print(f.readlines())
print(repr(f.read()), repr(f.readline()))
f.close()
print(f.closed)

print(repr(open(path).read()))
for line in open(path, encoding="utf-8"):
    print(repr(line))
print(list(open(path))[:2])
with open(path) as f:
    print(f.readlines(10))

with open(path, "a") as f:
    f.write("\nappended\n")
    print("printed", 42, sep="-", file=f)
with open(path) as f:
    print(f.read().splitlines()[-3:])

with open(path, "w+") as f:
    f.write("abc\ndef\n")
    f.seek(0)
    print(repr(f.read()), f.tell())

with open(path, "w") as f:
    f.write("日本語テキスト\n")
with open(path) as f:
    print(repr(f.read(2)), repr(f.read(2)), repr(f.readline(1)), repr(f.read()))
open(path, "w").close()
with open(path) as f:
    print(repr(f.read()), f.readlines())

# expect: 6 w False False True
# expect: True
# expect: r UTF-8 True False
# expect: 'hél' 'lo\n' 'sec' 'ond line\n'
# expect: ['a\n', 'b\n', 'no newline']
# expect: '' ''
# expect: True
# expect: 'héllo\nsecond line\na\nb\nno newline'
# expect: 'héllo\n'
# expect: 'second line\n'
# expect: 'a\n'
# expect: 'b\n'
# expect: 'no newline'
# expect: ['héllo\n', 'second line\n']
# expect: ['héllo\n', 'second line\n']
# expect: ['no newline', 'appended', 'printed-42']
# expect: 'abc\ndef\n' 8
# expect: '日本' '語テ' 'キ' 'スト\n'
# expect: '' []
