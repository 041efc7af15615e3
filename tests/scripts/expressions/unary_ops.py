print(-5, +5, -(-5), --5, -+-5)
print(-0.0, +0.0, -True, +False, ~True)
x = 7
print(-x, +x, ~x, not x)
print(-(2**63), -(-(2**63)))

# expect: -5 5 5 5 5
# expect: -0.0 0.0 -1 0 -2
# expect: -7 7 -8 False
# expect: -9223372036854775808 9223372036854775808
