# The is...() predicates, including empty strs and non-ASCII characters.
print("abc".isalpha(), "ab1".isalpha(), "é".isalpha(), "".isalpha())    # expect: True False True False
print("123".isdigit(), "²".isdigit(), "²".isdecimal(), "½".isnumeric())  # expect: True True False True
print("١٢٣".isdecimal(), "Ⅻ".isnumeric(), "Ⅻ".isalpha(), "a1".isalnum())  # expect: True True False True
print(" \t\n".isspace(), "\x1c".isspace(), "\u200b".isspace(), "".isspace())  # expect: True True False False
print("ABC1".isupper(), "abc".islower(), "123".isupper(), "Ab".islower())  # expect: True True False False
print("Hello World".istitle(), "Hello world".istitle(), "ǅa".istitle())    # expect: True False True
print("abc".isascii(), "é".isascii(), "".isascii())                        # expect: True False True
print("x_1".isidentifier(), "1x".isidentifier(), "é".isidentifier(), "".isidentifier())  # expect: True False True False
print("ab\t".isprintable(), "é".isprintable(), "".isprintable(), "\xa0".isprintable())  # expect: False True True False
