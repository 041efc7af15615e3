# ord() requires exactly one character.
try:
    ord(5)
except TypeError as e:
    print(e)  # expect: ord() expected string of length 1, but int found
ord("ab")
# expect runtime error: TypeError: ord() expected a character, but string of length 2 found
