# index() raises ValueError when the substring is absent.
print("hello".index("l"))    # expect: 2
"hello".index("z")
# expect runtime error: ValueError: substring not found
