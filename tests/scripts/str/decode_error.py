# An invalid UTF-8 byte is an uncaught UnicodeDecodeError.
data = b"ok\xffno"
print(data[:2].decode())  # expect: ok
data.decode()
# expect runtime error: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte
