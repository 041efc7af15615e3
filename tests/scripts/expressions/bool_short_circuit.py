# and/or return one of their operands and stop early.
def t(x):
    print("t", x)
    return x
print(0 or "default")
print("" and 1/0)
print(1 and 2 and 3)
print(1 and 0 and 3)
print(None or 0 or [])
print([] or {} or "last")
print(t(0) or t(2) or t(3))
print(t(1) and t(0) and t(5))
print(not [], not [0], not 0.0)
x = 3
print(x > 2 and "big" or "small")

# expect: default
# expect:
# expect: 3
# expect: 0
# expect: []
# expect: last
# expect: t 0
# expect: t 2
# expect: 2
# expect: t 1
# expect: t 0
# expect: 0
# expect: True False True
# expect: big
