# pow() with two and three arguments (modular, incl. negative exponents).
print(pow(2, 10))          # expect: 1024
print(pow(2, -1))          # expect: 0.5
print(pow(2, 0.5))         # expect: 1.4142135623730951
print(pow(3, 200, 7))      # expect: 2
print(pow(2, 3, -5))       # expect: -2
print(pow(-2, 3, 5))       # expect: 2
print(pow(3, -2, 7))       # expect: 4
print(pow(base=2, exp=5))  # expect: 32
for args in ((2, 3, 0), (2, -1, 4)):
    try:
        pow(*args)
    except ValueError as e:
        print(e)
# expect: pow() 3rd argument cannot be 0
# expect: base is not invertible for the given modulus
pow(2.0, 3, 5)
# expect runtime error: TypeError: pow() 3rd argument not allowed unless all arguments are integers
