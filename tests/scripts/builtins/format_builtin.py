# format(value, spec) delegates to the value's __format__.
print(format(255, "x"), format(255, "08b"))   # expect: ff 11111111
print(format(3.14159, ".2f"))                 # expect: 3.14
print(format("hi", ">5") + "|")               # expect:    hi|
print(format(42))                             # expect: 42
print(format(1234567, ","))                   # expect: 1,234,567
try:
    format(1, 1)
except TypeError as e:
    print(e)  # expect: format() argument 2 must be str, not int
format("a", "d")
# expect runtime error: ValueError: Unknown format code 'd' for object of type 'str'
