# + concatenates strs, * repeats them; other operands are errors.
print("ab" + "cd", "é" + "", "" + "x")        # expect: abcd é x
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2 + "|", "é" * 2, True * "x")  # expect: ababab ababab  | éé x
s = ""
for i in range(5):
    s += str(i)
s += "é"
print(s, len(s))                              # expect: 01234é 6
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: "a" + 1)       # expect: TypeError: can only concatenate str (not "int") to str
show(lambda: 1 + "a")       # expect: TypeError: unsupported operand type(s) for +: 'int' and 'str'
show(lambda: "a" * "b")     # expect: TypeError: can't multiply sequence by non-int of type 'str'
show(lambda: "a" * 2.0)     # expect: TypeError: can't multiply sequence by non-int of type 'float'
show(lambda: "a" * 2**100)  # expect: OverflowError: cannot fit 'int' into an index-sized integer
show(lambda: "a" - "b")     # expect: TypeError: unsupported operand type(s) for -: 'str' and 'str'
