# repr() and ascii() of strings with non-ASCII text.
print(repr("héllo"), ascii("héllo"))  # expect: 'héllo' 'h\xe9llo'
print(ascii(["☺", 1]))                # expect: ['\u263a', 1]
print(repr(None), repr(1.5))          # expect: None 1.5
