# str.format errors carry CPython's messages.
def show(fmt, *args, **kwargs):
    try:
        print(fmt.format(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show("{}")           # expect: IndexError: Replacement index 0 out of range for positional args tuple
show("{1}", 0)       # expect: IndexError: Replacement index 1 out of range for positional args tuple
show("{x}")          # expect: KeyError: 'x'
show("{x}", y=1)     # expect: KeyError: 'x'
show("{}{0}", 1)     # expect: ValueError: cannot switch from automatic field numbering to manual field specification
show("{0}{}", 1)     # expect: ValueError: cannot switch from manual field specification to automatic field numbering
show("}")            # expect: ValueError: Single '}' encountered in format string
show("a{")           # expect: ValueError: Single '{' encountered in format string
show("{0")           # expect: ValueError: expected '}' before end of string
show("{!x}", 1)      # expect: ValueError: Unknown conversion specifier x
show("{0!rr}", 1)    # expect: ValueError: expected ':' after conversion specifier
show("{0!}", 1)      # expect: ValueError: unmatched '{' in format spec
show("{0.}", 1)      # expect: ValueError: Empty attribute in format string
show("{0[0]x}", [1]) # expect: ValueError: Only '.' or '[' may follow ']' in format field specifier
show("{0.nope}", 1)  # expect: AttributeError: 'int' object has no attribute 'nope'
show("{0[5]}", [1])  # expect: IndexError: list index out of range
show("{:d}", "s")    # expect: ValueError: Unknown format code 'd' for object of type 'str'
show("{:{:{}}}", 1, 2, 3)  # expect: ValueError: Max string recursion exceeded
try:
    "{0}".format_map({"0": 1})
except ValueError as e:
    print(e)         # expect: Format string contains positional fields
