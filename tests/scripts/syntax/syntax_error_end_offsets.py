# SyntaxError's end_lineno/end_offset and text as CPython 3.11 sets them,
# for errors from the parser, the tokenizer and the compiler, and by hand.
def show(src, mode="exec"):
    try:
        compile(src, "<s>", mode)
    except SyntaxError as e:
        print(type(e).__name__, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))

show("x = (1,")  # expect: SyntaxError 1 5 1 0 'x = (1,\n'
show("x = 1 +")  # expect: SyntaxError 1 8 1 8 'x = 1 +\n'
show("x = 1 +", "eval")  # expect: SyntaxError 1 3 1 4 'x = 1 +'
show("a b\n", "single")  # expect: SyntaxError 1 3 1 4 'a b\n'
show("f() = 1")  # expect: SyntaxError 1 1 1 4 'f() = 1\n'
show("x = [1, 2 3]")  # expect: SyntaxError 1 9 1 12 'x = [1, 2 3]\n'
show("if x\n  pass")  # expect: SyntaxError 1 5 1 5 'if x\n'
show("  x=1")  # expect: IndentationError 1 2 1 -1 '  x=1\n'
show("if x:\npass")  # expect: IndentationError 2 1 2 5 'pass\n'
show("x = 'abc\ny = 2\n")  # expect: SyntaxError 1 5 1 5 "x = 'abc"
show("x = 0777 + 1")  # expect: SyntaxError 1 5 1 6 'x = 0777 + 1'
show("y = 1\na b")  # expect: SyntaxError 2 3 2 4 'a b\n'
show("y = (1,\n\n")  # expect: SyntaxError 1 5 1 0 'y = (1,'
show("x = 1 + \\\n  2 +\\\n 3 4")  # expect: SyntaxError 3 4 3 5 'x = 1 + \\\n  2 +\\\n 3 4\n'
# Errors CPython's compiler finds: no text for a string's code.
show("return 5")  # expect: SyntaxError 1 1 1 9 None
show("def f():\n    x = 1\n    global x\n")  # expect: SyntaxError 3 5 3 13 None
show("from __future__ import braces")  # expect: SyntaxError 1 1 1 None None

e = SyntaxError("m", ("f.py", 1, 2, "txt", 3, 4))
print(e.end_lineno, e.end_offset)  # expect: 3 4
e = SyntaxError("m", ("f.py", 1, 2, "txt"))
print(e.end_lineno, e.end_offset)  # expect: None None
print(SyntaxError("m").end_offset)  # expect: None
