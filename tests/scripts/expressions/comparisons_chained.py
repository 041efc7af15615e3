# Chained comparisons evaluate the middle operand once and short-circuit.
def v(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 == 1.0 == True)
print(1 < 2 > 0 != 5)
x = 5
print(0 <= x < 10, 0 <= x < 5)
print(1 is not None is not False)
print("a" in "abc" in "xabcx")

# expect: True False True
# expect: eval 1
# expect: eval 2
# expect: eval 3
# expect: True
# expect: eval 3
# expect: eval 2
# expect: False
# expect: True
# expect: True
# expect: True False
# expect: True
# expect: True
