# repr() picks ' unless the text has ' and no ", and escapes the quote it uses.
print(repr("plain"))               # expect: 'plain'
print(repr("it's"))                # expect: "it's"
print(repr('say "hi"'))            # expect: 'say "hi"'
print(repr("both ' and \""))       # expect: 'both \' and "'
print(repr("back\\slash"))         # expect: 'back\\slash'
print(repr(""))                    # expect: ''
print(["a", "b'c"])                # expect: ['a', "b'c"]
print(str("x"), repr(repr("x")))   # expect: x "'x'"
