x = 5
y = "s"
print(f"{x=}")
print(f"{x * 2 = }")
print(f"{y=}")
print(f"{x=:>4}")
print(f"{y=!s}")

# expect: x=5
# expect: x * 2 = 10
# expect: y='s'
# expect: x=   5
# expect: y=s
