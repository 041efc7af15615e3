print(int("42"), int("-17"), int("  8 "), int("1_000"), int("ff", 16), int("0b101", 0), int(3.99))
print(10 ** 30, -(10 ** 30), (10 ** 30) // 7, 2 ** 100 - 2 ** 99)
print(abs(-2 ** 70), (2 ** 70).bit_length(), (255).to_bytes(2, "big"))
print(int.from_bytes(b"\x01\x00", "big"), (17).bit_length(), bin(10), hex(255), oct(8))
print(7 .__truediv__(2), divmod(-17, 5), max(3, 7, 2), min([4, 1, 9]))
print(isinstance(True, int), int(True), 3 == 3.0, int("-0"))
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    int("12", 1)
except ValueError as e:
    print(e)
print(1_000_000, 0x_ff, 0o17, 0b11)

# expect: 42 -17 8 1000 255 5 3
# expect: 1000000000000000000000000000000 -1000000000000000000000000000000 142857142857142857142857142857 633825300114114700748351602688
# expect: 1180591620717411303424 71 b'\x00\xff'
# expect: 256 5 0b1010 0xff 0o10
# expect: 3.5 (-4, 3) 7 1
# expect: True 1 True 0
# expect: invalid literal for int() with base 10: 'abc'
# expect: int() base must be >= 2 and <= 36, or 0
# expect: 1000000 255 15 3
