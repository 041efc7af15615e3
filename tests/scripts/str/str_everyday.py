s = "Hello, World"
print(len(s), s.lower(), s.upper(), s.title(), s.swapcase())
print(s.split(", "), s.replace("l", "L"), s.find("o"), s.rfind("o"), s.count("l"))
print(s.startswith("Hell"), s.endswith("d"), s.strip("Hd"), "  pad  ".strip() + "|")
print("-".join(["a", "b", "c"]), "a,b,,c".split(","), "x y  z".split())
print(s[::-1], s * 2, "ab" + "cd", "abc" < "abd", "Z" < "a")
print("42".isdigit(), "abc".isalpha(), " ".isspace(), "Ab".islower())
print("{} and {}".format(1, 2), "%s=%d" % ("x", 5), "%.2f" % 3.14159)
print("tab\tsep", repr("quote's"), repr('dq"'), repr("both'\""), "\u00e9", "é".encode())
print(str(123), str([1, 'a']), repr("a\nb"), ord("A"), chr(97))
print("abc".center(9, "*"), "7".zfill(3), "a".ljust(3) + "|", "a".rjust(3))
print(s.partition(", "), "line1\nline2".splitlines(), "CamelCase".index("C", 1))

# expect: 12 hello, world HELLO, WORLD Hello, World hELLO, wORLD
# expect: ['Hello', 'World'] HeLLo, WorLd 4 8 3
# expect: True True ello, Worl pad|
# expect: a-b-c ['a', 'b', '', 'c'] ['x', 'y', 'z']
# expect: dlroW ,olleH Hello, WorldHello, World abcd True True
# expect: True True True False
# expect: 1 and 2 x=5 3.14
# expect: tab	sep "quote's" 'dq"' 'both\'"' é b'\xc3\xa9'
# expect: 123 [1, 'a'] 'a\nb' 65 a
# expect: ***abc*** 007 a  |   a
# expect: ('Hello', ', ', 'World') ['line1', 'line2'] 5
