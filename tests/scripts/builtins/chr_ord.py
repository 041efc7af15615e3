# chr and ord are inverses over the whole Unicode range.
print(chr(65), chr(0x263A), chr(0x1F600) == "\U0001F600")  # expect: A ☺ True
print(ord("a"), ord("é"), ord("☺"), ord(b"z"))             # expect: 97 233 9786 122
print(all(ord(chr(i)) == i for i in range(0, 0x110000, 997)))  # expect: True
try:
    chr(0x110000)
except ValueError as e:
    print(e)  # expect: chr() arg not in range(0x110000)
try:
    chr(1.5)
except TypeError as e:
    print(e)  # expect: 'float' object cannot be interpreted as an integer
