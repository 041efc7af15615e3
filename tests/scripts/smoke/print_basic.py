# print with several arguments, sep/end keywords and no arguments.
print("hello")         # expect: hello
print(1, "two", 3.5)   # expect: 1 two 3.5
print()                # expect:
print("a", "b", sep="-")  # expect: a-b
print("no newline", end="")
print(" then newline")    # expect: no newline then newline
print(True, False, None)  # expect: True False None
