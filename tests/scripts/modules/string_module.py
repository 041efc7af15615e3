# The string module's constants and capwords.
import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords('hello   big world'), string.capwords('a-b-c', '-'))
print(all(c in string.printable for c in 'Hello, World!\n'))

# Expected output (CPython 3.11):
# expect: abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 0123456789abcdefABCDEF 01234567
# expect: ' \t\n\r\x0b\x0c' !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~ 100
# expect: Hello Big World A-B-C
# expect: True
