# round(x, n): floats use the exact binary value (2.675 -> 2.67), ints
# round to multiples of 10**-n, half to even.
print(round(2.675, 2))          # expect: 2.67
print(round(0.125, 2))          # expect: 0.12
print(round(0.375, 2))          # expect: 0.38
print(round(3.14159, 3))        # expect: 3.142
print(round(12345.6789, -2))    # expect: 12300.0
print(round(1234, -2))          # expect: 1200
print(round(1250, -2), round(1350, -2), round(-1250, -2))  # expect: 1200 1400 -1200
print(round(5, 2))              # expect: 5
print(round(2**70, -16))        # expect: 1180590000000000000000
print(round(1e300, -308), round(1.5, 400))  # expect: 0.0 1.5
print(round(float("inf"), 2))   # expect: inf
