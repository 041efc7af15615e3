# Errors of %-formatting.
def show(fmt, args):
    try:
        print(fmt % args)
    except Exception as e:
        print(type(e).__name__ + ":", e)

show("%s %s", (1,))      # expect: TypeError: not enough arguments for format string
show("%s", (1, 2))       # expect: TypeError: not all arguments converted during string formatting
show("x", 5)             # expect: TypeError: not all arguments converted during string formatting
show("%d", "a")          # expect: TypeError: %d format: a real number is required, not str
show("%x", 1.5)          # expect: TypeError: %x format: an integer is required, not float
show("%f", "a")          # expect: TypeError: must be real number, not str
show("%z", 1)            # expect: ValueError: unsupported format character 'z' (0x7a) at index 1
show("ab%", ())          # expect: ValueError: incomplete format
show("%(a)s", 1)         # expect: TypeError: format requires a mapping
show("%(a)s", {})        # expect: KeyError: 'a'
show("%(a", {})          # expect: ValueError: incomplete format key
show("%c", "ab")         # expect: TypeError: %c requires int or char
show("%c", -1)           # expect: OverflowError: %c arg not in range(0x110000)
show("%*d", ("a", 1))    # expect: TypeError: * wants int
show("%d", float("nan")) # expect: ValueError: cannot convert float NaN to integer
show("%s", {"a": 1})     # expect: {'a': 1}
show("", [1])            # expect:
