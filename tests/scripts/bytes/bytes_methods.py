# The methods bytes and bytearray share, on both types.
for B in (bytes, bytearray):
    print("==", B.__name__)
    s = B(b"  Hello, World! Hello!  ")
    print(s.find(b"Hello"), s.find(b"Hello", 5), s.rfind(b"Hello"), s.find(b"zz"), s.find(111))
    print(s.index(b"World"), s.rindex(b"l"), s.count(b"l"), s.count(b""), s.count(b"l", 5, 12))
    print(s.find(b"", 100), s.find(b"", 3), s.rfind(b""), s.count(b"Hello", -10))
    print(s.startswith(b"  He"), s.startswith((b"x", b"  ")), s.endswith(b"!  "), s.startswith(b"He", 2))
    print(s.endswith(b"World", 0, 15), s.endswith(B(b"!  ")))
    print(s.strip(), s.lstrip(), s.rstrip(), s.strip(b" H!"), B(b"xxaxx").strip(b"x"))
    print(s.split(), s.split(b","), s.split(b"l", 2), s.rsplit(b"l", 2), s.rsplit(None, 1))
    print(B(b"a,b,,c").split(b","), B(b" a  b ").split(None, 1), B(b"").split(), B(b"").split(b","))
    print(B(b"one\ntwo\r\nthree\rfour\n").splitlines(), B(b"x\ny\n").splitlines(True))
    print(s.partition(b","), s.rpartition(b"Hello"), s.partition(b"#"), s.rpartition(b"#"))
    print(B(b", ").join([b"a", bytearray(b"b"), B(b"c")]), B(b"").join([]))
    print(s.replace(b"Hello", b"Bye"), s.replace(b"l", b"L", 2), B(b"abc").replace(b"", b"-"))
    print(B(b"abc").replace(b"", b"-", 2), B(b"aaa").replace(b"a", b""))
    print(B(b"prefix-body").removeprefix(b"prefix-"), B(b"body.txt").removesuffix(b".txt"),
          B(b"x").removeprefix(b"xyz"))
    print(s.lower(), s.upper(), s.swapcase(), B(b"hello wORLD").capitalize(), B(b"hello wORLD 3rd").title())
    print(B(b"abc").isalpha(), B(b"ab1").isalpha(), B(b"123").isdigit(), B(b"ab1").isalnum(),
          B(b" \t\n").isspace(), B(b"").isalpha(), B(b"abc").islower(), B(b"ABC1").isupper(),
          B(b"Hello World").istitle(), B(b"hello").istitle(), B(b"\xff").isascii(), B(b"").isascii())
    print(B(b"ab").center(7, b"*"), B(b"ab").center(6), B(b"ab").ljust(5, b"."), B(b"ab").rjust(5),
          B(b"abc").center(2))
    print(B(b"42").zfill(5), B(b"-42").zfill(6), B(b"+7").zfill(1), B(b"a\tbc\td").expandtabs(),
          B(b"a\tb").expandtabs(tabsize=4))
    print(B(b"\x00\xffAb").hex(), B(b"\x01\x02\x03\x04\x05").hex("-", 2), B(b"\x01\x02\x03").hex(":", -2))
    print(B.fromhex("00ff 10"), B.fromhex(""), type(B.fromhex("41")).__name__)
    print(B(b"caf\xc3\xa9").decode(), B(b"\xff").decode("latin-1"), B(b"\xffa").decode("utf-8", "replace"))
    table = bytes.maketrans(b"abc", b"xyz")
    print(B(b"aabbcc-d").translate(table), B(b"hello").translate(None, b"l"), B(b"abc").translate(table, b"a"))
    print(type(s.strip()).__name__, type(s.split()[0]).__name__, type(s.partition(b",")[0]).__name__)

def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: b"abc".count("a"))
attempt(lambda: b"abc".find(300))
attempt(lambda: b"abc".strip("a"))
attempt(lambda: b"abc".split(b""))
attempt(lambda: b"abc".split("b"))
attempt(lambda: b"abc".join([1]))
attempt(lambda: b"abc".join(["a"]))
attempt(lambda: b"abc".index(b"z"))
attempt(lambda: b"abc".rindex(b"z"))
attempt(lambda: b"abc".startswith("a"))
attempt(lambda: b"abc".startswith(("a",)))
attempt(lambda: b"abc".center(5, "x"))
attempt(lambda: b"abc".center(5, b"xy"))
attempt(lambda: b"abc".partition(b""))
attempt(lambda: b"abc".replace("a", b"b"))
attempt(lambda: bytes.fromhex("a"))
attempt(lambda: bytes.fromhex("ab cd e"))
attempt(lambda: bytes.fromhex("0g"))
attempt(lambda: bytes.maketrans(b"ab", b"c"))
attempt(lambda: b"abc".translate(b"short"))
attempt(lambda: b"abc".hex("::"))
attempt(lambda: b"abc".decode("nope"))
attempt(lambda: b"abc".find(b"a", "x"))

# expect: == bytes
# expect: 2 16 16 -1 6
# expect: 9 19 5 25 1
# expect: -1 3 24 1
# expect: True True True True
# expect: False True
# expect: b'Hello, World! Hello!' b'Hello, World! Hello!  ' b'  Hello, World! Hello!' b'ello, World! Hello' b'a'
# expect: [b'Hello,', b'World!', b'Hello!'] [b'  Hello', b' World! Hello!  '] [b'  He', b'', b'o, World! Hello!  '] [b'  Hello, World! He', b'', b'o!  '] [b'  Hello, World!', b'Hello!']
# expect: [b'a', b'b', b'', b'c'] [b'a', b'b '] [] [b'']
# expect: [b'one', b'two', b'three', b'four'] [b'x\n', b'y\n']
# expect: (b'  Hello', b',', b' World! Hello!  ') (b'  Hello, World! ', b'Hello', b'!  ') (b'  Hello, World! Hello!  ', b'', b'') (b'', b'', b'  Hello, World! Hello!  ')
# expect: b'a, b, c' b''
# expect: b'  Bye, World! Bye!  ' b'  HeLLo, World! Hello!  ' b'-a-b-c-'
# expect: b'-a-bc' b''
# expect: b'body' b'body' b'x'
# expect: b'  hello, world! hello!  ' b'  HELLO, WORLD! HELLO!  ' b'  hELLO, wORLD! hELLO!  ' b'Hello world' b'Hello World 3Rd'
# expect: True False True True True False True True True False False True
# expect: b'***ab**' b'  ab  ' b'ab...' b'   ab' b'abc'
# expect: b'00042' b'-00042' b'+7' b'a       bc      d' b'a   b'
# expect: 00ff4162 01-0203-0405 0102:03
# expect: b'\x00\xff\x10' b'' bytes
# expect: café ÿ �a
# expect: b'xxyyzz-d' b'heo' b'yz'
# expect: bytes bytes bytes
# expect: == bytearray
# expect: 2 16 16 -1 6
# expect: 9 19 5 25 1
# expect: -1 3 24 1
# expect: True True True True
# expect: False True
# expect: bytearray(b'Hello, World! Hello!') bytearray(b'Hello, World! Hello!  ') bytearray(b'  Hello, World! Hello!') bytearray(b'ello, World! Hello') bytearray(b'a')
# expect: [bytearray(b'Hello,'), bytearray(b'World!'), bytearray(b'Hello!')] [bytearray(b'  Hello'), bytearray(b' World! Hello!  ')] [bytearray(b'  He'), bytearray(b''), bytearray(b'o, World! Hello!  ')] [bytearray(b'  Hello, World! He'), bytearray(b''), bytearray(b'o!  ')] [bytearray(b'  Hello, World!'), bytearray(b'Hello!')]
# expect: [bytearray(b'a'), bytearray(b'b'), bytearray(b''), bytearray(b'c')] [bytearray(b'a'), bytearray(b'b ')] [] [bytearray(b'')]
# expect: [bytearray(b'one'), bytearray(b'two'), bytearray(b'three'), bytearray(b'four')] [bytearray(b'x\n'), bytearray(b'y\n')]
# expect: (bytearray(b'  Hello'), bytearray(b','), bytearray(b' World! Hello!  ')) (bytearray(b'  Hello, World! '), bytearray(b'Hello'), bytearray(b'!  ')) (bytearray(b'  Hello, World! Hello!  '), bytearray(b''), bytearray(b'')) (bytearray(b''), bytearray(b''), bytearray(b'  Hello, World! Hello!  '))
# expect: bytearray(b'a, b, c') bytearray(b'')
# expect: bytearray(b'  Bye, World! Bye!  ') bytearray(b'  HeLLo, World! Hello!  ') bytearray(b'-a-b-c-')
# expect: bytearray(b'-a-bc') bytearray(b'')
# expect: bytearray(b'body') bytearray(b'body') bytearray(b'x')
# expect: bytearray(b'  hello, world! hello!  ') bytearray(b'  HELLO, WORLD! HELLO!  ') bytearray(b'  hELLO, wORLD! hELLO!  ') bytearray(b'Hello world') bytearray(b'Hello World 3Rd')
# expect: True False True True True False True True True False False True
# expect: bytearray(b'***ab**') bytearray(b'  ab  ') bytearray(b'ab...') bytearray(b'   ab') bytearray(b'abc')
# expect: bytearray(b'00042') bytearray(b'-00042') bytearray(b'+7') bytearray(b'a       bc      d') bytearray(b'a   b')
# expect: 00ff4162 01-0203-0405 0102:03
# expect: bytearray(b'\x00\xff\x10') bytearray(b'') bytearray
# expect: café ÿ �a
# expect: bytearray(b'xxyyzz-d') bytearray(b'heo') bytearray(b'yz')
# expect: bytearray bytearray bytearray
# expect: TypeError: argument should be integer or bytes-like object, not 'str'
# expect: ValueError: byte must be in range(0, 256)
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: ValueError: empty separator
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: TypeError: sequence item 0: expected a bytes-like object, int found
# expect: TypeError: sequence item 0: expected a bytes-like object, str found
# expect: ValueError: subsection not found
# expect: ValueError: subsection not found
# expect: TypeError: startswith first arg must be bytes or a tuple of bytes, not str
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: TypeError: center() argument 2 must be a byte string of length 1, not str
# expect: TypeError: center() argument 2 must be a byte string of length 1, not bytes
# expect: ValueError: empty separator
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: ValueError: non-hexadecimal number found in fromhex() arg at position 1
# expect: ValueError: non-hexadecimal number found in fromhex() arg at position 7
# expect: ValueError: non-hexadecimal number found in fromhex() arg at position 1
# expect: ValueError: maketrans arguments must have same length
# expect: ValueError: translation table must be 256 characters long
# expect: ValueError: sep must be length 1.
# expect: LookupError: unknown encoding: nope
# expect: TypeError: slice indices must be integers or None or have an __index__ method
