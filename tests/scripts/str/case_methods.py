# upper/lower/casefold/capitalize/title/swapcase on ASCII text.
s = "hello World, it's 42nd st."
print(s.upper())       # expect: HELLO WORLD, IT'S 42ND ST.
print(s.lower())       # expect: hello world, it's 42nd st.
print(s.casefold())    # expect: hello world, it's 42nd st.
print(s.capitalize())  # expect: Hello world, it's 42nd st.
print(s.title())       # expect: Hello World, It'S 42Nd St.
print(s.swapcase())    # expect: HELLO wORLD, IT'S 42ND ST.
print("".upper(), "123".title(), "aBC".capitalize())  # expect:  123 Abc
