# print's sep and end keywords, including None meaning the defaults.
print(1, 2, 3, sep=", ")          # expect: 1, 2, 3
print("a", "b", sep="")           # expect: ab
print("x", end="")
print("y", end="!\n")             # expect: xy!
print("p", "q", sep=None, end=None)  # expect: p q
print(*[1, 2], sep="\n")
# expect: 1
# expect: 2
print("", end="")
print()                           # expect:
