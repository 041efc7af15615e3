# Argument errors of str methods, in CPython's words.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: "a".upper(1))          # expect: TypeError: str.upper() takes no arguments (1 given)
show(lambda: "".join())             # expect: TypeError: str.join() takes exactly one argument (0 given)
show(lambda: "a".center())          # expect: TypeError: center expected at least 1 argument, got 0
show(lambda: "a".replace("a"))      # expect: TypeError: replace expected at least 2 arguments, got 1
show(lambda: "a".find())            # expect: TypeError: find() takes at least 1 argument (0 given)
show(lambda: "a".find(1))           # expect: TypeError: must be str, not int
show(lambda: "a".find("a", "x"))    # expect: TypeError: slice indices must be integers or None or have an __index__ method
show(lambda: "a".strip(chars="a"))  # expect: TypeError: str.strip() takes no keyword arguments
show(lambda: "a".split(x=1))        # expect: TypeError: 'x' is an invalid keyword argument for split()
show(lambda: "a".split(",", 1, 2))  # expect: TypeError: split() takes at most 2 arguments (3 given)
show(lambda: "a".zfill("3"))        # expect: TypeError: 'str' object cannot be interpreted as an integer
show(lambda: "a".center(3, 1))      # expect: TypeError: The fill character must be a unicode character, not int
show(lambda: "a".partition())       # expect: TypeError: str.partition() takes exactly one argument (0 given)
show(lambda: str.upper(1))          # expect: TypeError: descriptor 'upper' for 'str' objects doesn't apply to a 'int' object
show(lambda: "a".encode(1))         # expect: TypeError: encode() argument 'encoding' must be str, not int
