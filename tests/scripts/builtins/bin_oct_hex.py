# bin/oct/hex of ints of any size and sign, and of __index__ objects.
print(bin(5), bin(-5), bin(0), bin(True))   # expect: 0b101 -0b101 0b0 0b1
print(oct(8), oct(-8))                      # expect: 0o10 -0o10
print(hex(255), hex(-255), hex(2**70))      # expect: 0xff -0xff 0x400000000000000000
class I:
    def __index__(self):
        return 10
print(hex(I()))                             # expect: 0xa
hex(1.5)
# expect runtime error: TypeError: 'float' object cannot be interpreted as an integer
