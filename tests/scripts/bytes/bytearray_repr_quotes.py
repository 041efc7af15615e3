# bytearray's repr escapes a single quote even inside double quotes; bytes' does not.
for data in [b"x'y", b'x"y', b"'\"", b"plain", b"\\'", b"it's"]:
    print(repr(data), repr(bytearray(data)))

# expect: b"x'y" bytearray(b"x\'y")
# expect: b'x"y' bytearray(b'x"y')
# expect: b'\'"' bytearray(b'\'"')
# expect: b'plain' bytearray(b'plain')
# expect: b"\\'" bytearray(b"\\\'")
# expect: b"it's" bytearray(b"it\'s")
