# round() without ndigits rounds half to even and returns an int.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))  # expect: 0 2 2 0 -2
print(round(2.675))      # expect: 3
print(round(7))          # expect: 7
print(round(True))       # expect: 1
print(type(round(3.7)))  # expect: <class 'int'>
print(round(1e20))       # expect: 100000000000000000000
print(round(-0.4, 0))    # expect: -0.0
print(round(5, None))    # expect: 5
