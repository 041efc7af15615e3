# bytearray errors have CPython's types and messages.
def attempt(code):
    try:
        exec(code)
        print("no error:", code)
    except Exception as e:
        print(type(e).__name__ + ":", e)


for code in [
    "bytearray(-1)", "bytearray([256])", "bytearray([-1])", "bytearray('abc')",
    "bytearray(1.5)", "bytearray(b'a', 'utf-8')", "bytearray('a', 'nope')",
    "bytearray('a', 5)", "bytearray(['a'])", "bytearray(b'ab')[5]", "bytearray(b'ab')[-3]",
    "bytearray(b'a')['x']", "bytearray(b'a')[1.5] = 3", "bytearray(b'ab')[0] = 256",
    "bytearray(b'ab')[0] = 'x'", "bytearray(b'ab')[2] = 1",
    "bytearray(b'abc')[::2] = b'xyz'", "bytearray(b'abc')[0:1] = 5",
    "bytearray(b'abc')[0:1] = 'x'", "bytearray(3)[1:2] = [1, 300]",
    "del bytearray(b'a')[3]", "bytearray().pop()", "bytearray(b'ab').pop(5)",
    "bytearray(b'ab').pop('x')", "bytearray(b'a').remove(9)", "bytearray(b'a').remove(300)",
    "bytearray(b'a').append(300)", "bytearray(b'a').append('x')", "bytearray(b'a').extend(5)",
    "bytearray().extend('ab')", "bytearray(b'a').insert(0, -1)", "bytearray(b'ab').insert('x', 1)",
    "bytearray(b'a') + 'x'", "'s' + bytearray()", "bytearray(b'ab') * 1.5",
    "bytearray(b'ab') * bytearray()", "x = bytearray(b'ab'); x += 's'",
    "x = bytearray(b'ab'); x *= 's'", "bytearray(b'a') < 'a'", "hash(bytearray())",
    "300 in bytearray(b'a')", "'a' in bytearray(b'a')", "bytearray.fromhex('zz')",
    "bytearray(b'ab').index(b'z')", "bytearray(b'a').index(9)",
]:
    attempt(code)

# expect: ValueError: negative count
# expect: ValueError: byte must be in range(0, 256)
# expect: ValueError: byte must be in range(0, 256)
# expect: TypeError: string argument without an encoding
# expect: TypeError: cannot convert 'float' object to bytearray
# expect: TypeError: encoding without a string argument
# expect: LookupError: unknown encoding: nope
# expect: TypeError: bytearray() argument 'encoding' must be str, not int
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: IndexError: bytearray index out of range
# expect: IndexError: bytearray index out of range
# expect: TypeError: bytearray indices must be integers or slices, not str
# expect: TypeError: bytearray indices must be integers or slices, not float
# expect: ValueError: byte must be in range(0, 256)
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: IndexError: bytearray index out of range
# expect: ValueError: attempt to assign bytes of size 3 to extended slice of size 2
# expect: TypeError: can assign only bytes, buffers, or iterables of ints in range(0, 256)
# expect: TypeError: can assign only bytes, buffers, or iterables of ints in range(0, 256)
# expect: ValueError: byte must be in range(0, 256)
# expect: IndexError: bytearray index out of range
# expect: IndexError: pop from empty bytearray
# expect: IndexError: pop index out of range
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: ValueError: value not found in bytearray
# expect: ValueError: byte must be in range(0, 256)
# expect: ValueError: byte must be in range(0, 256)
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: can't extend bytearray with int
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: ValueError: byte must be in range(0, 256)
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: can't concat str to bytearray
# expect: TypeError: can only concatenate str (not "bytearray") to str
# expect: TypeError: can't multiply sequence by non-int of type 'float'
# expect: TypeError: can't multiply sequence by non-int of type 'bytearray'
# expect: TypeError: can't concat str to bytearray
# expect: TypeError: can't multiply sequence by non-int of type 'str'
# expect: TypeError: '<' not supported between instances of 'bytearray' and 'str'
# expect: TypeError: unhashable type: 'bytearray'
# expect: ValueError: byte must be in range(0, 256)
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: ValueError: non-hexadecimal number found in fromhex() arg at position 0
# expect: ValueError: subsection not found
# expect: ValueError: subsection not found
