# partition/rpartition split around the first/last separator.
print("a.b.c".partition("."), "a.b.c".rpartition("."))  # expect: ('a', '.', 'b.c') ('a.b', '.', 'c')
print("abc".partition("x"), "abc".rpartition("x"))      # expect: ('abc', '', '') ('', '', 'abc')
print("kéy=välue".partition("="))                       # expect: ('kéy', '=', 'välue')
try:
    "abc".partition("")
except ValueError as e:
    print(e)  # expect: empty separator
