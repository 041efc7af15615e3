# compile(..., 'single') takes one statement, as CPython's parser reads it:
# after a simple statement only blanks and comments may follow, after a
# compound one nothing but its block.
def single(src):
    try:
        compile(src, "<s>", "single")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__ + ":", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))

single("x = 1\n")  # expect: ok
single("x = 1; y = 2")  # expect: ok
single("x = 1\n# comment\n\n")  # expect: ok
single("if x:\n  pass\nelse:\n  pass\n")  # expect: ok
single("@d\ndef f(): pass\n")  # expect: ok
single("x = 1\ny = 2")
# expect: SyntaxError: multiple statements found while compiling a single statement 1 6 1 6 'x = 1\n'
single("x=1 # c\ny=2")
# expect: SyntaxError: multiple statements found while compiling a single statement 1 5 1 8 'x=1 # c\n'
single("x = (1,\n2)\ny = 3")
# expect: SyntaxError: multiple statements found while compiling a single statement 2 3 2 3 '2)\n'
single("x = 1 \\\n + 2\nz")
# expect: SyntaxError: multiple statements found while compiling a single statement 2 5 2 5 'x = 1 \\\n + 2\n'
# What follows the first statement is never read: no error of its own.
single("x = 1\ny = 'abc")
# expect: SyntaxError: multiple statements found while compiling a single statement 1 6 1 6 'x = 1\n'
single("x=1\n\ty=2")
# expect: SyntaxError: multiple statements found while compiling a single statement 1 4 1 4 'x=1\n'
single("a b\nc d")  # expect: SyntaxError: invalid syntax 1 3 1 4 'a b\n'
single("if x:\n  pass\ny=2\n")  # expect: SyntaxError: invalid syntax 3 1 3 2 'y=2\n'
single("def f():\n  return 1\nf()")  # expect: SyntaxError: invalid syntax 3 1 3 2 'f()'
single("\n\n")  # expect: SyntaxError: invalid syntax 2 0 2 0 '\n'
single("if 1:\n  x\n y")
# expect: IndentationError: unindent does not match any outer indentation level 3 2 3 -1 ' y'
try:
    compile("x = 1\ny = 2", "<s>", "single")
except SyntaxError as e:
    print(e)  # expect: multiple statements found while compiling a single statement (<s>, line 1)
exec(compile("1 + 1  # shown\n", "<s>", "single"))  # expect: 2
