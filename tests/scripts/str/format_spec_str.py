# format(s, spec) and f-string specs for str values.
print(repr(format("abc", "")), format("abc", "s"), format("abc", ".2"))  # expect: 'abc' abc ab
print(format("ab", ">5") + "|", format("ab", "<5") + "|", format("ab", "^5") + "|")  # expect:    ab| ab   |  ab  |
print(format("ab", "x^6"), format("ab", "é>4"), format("ab", "05"))  # expect: xxabxx ééab ab000
print(format("日本", "*^6"), format("abcdef", "^4.3") + "|")  # expect: **日本** abc |
w = 7
print(f"{'hi':>{w}}|{'hi'!r:<6}|{'x' * 3:.2}")  # expect:      hi|'hi'  |xx
for spec in ["+", "=5", "#", ",", "d", "z", " "]:
    try:
        format("a", spec)
    except ValueError as e:
        print(e)
# expect: Sign not allowed in string format specifier
# expect: '=' alignment not allowed in string format specifier
# expect: Alternate form (#) not allowed in string format specifier
# expect: Cannot specify ',' with 's'.
# expect: Unknown format code 'd' for object of type 'str'
# expect: Negative zero coercion (z) not allowed in string format specifier
# expect: Space not allowed in string format specifier
