# How a SyntaxError's place is printed: by the interpreter (one caret, or
# a range from offset to end_offset for SyntaxError itself) and by the
# traceback module (its own rules: ranges for subclasses too, tabs kept).
import sys
import traceback

def both(src):
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("".join(traceback.format_exception_only(e)), end="")
        traceback.print_exception(type(e), e, None, file=sys.stdout)

both("f() = 1")
# expect:   File "<s>", line 1
# expect:     f() = 1
# expect:     ^^^
# expect: SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?

# expect:   File "<s>", line 1
# expect:     f() = 1
# expect:     ^^^
# expect: SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?
both("if x:\npass")
# expect:   File "<s>", line 2
# expect:     pass
# expect:     ^^^^
# expect: IndentationError: expected an indented block after 'if' statement on line 1

# expect:   File "<s>", line 2
# expect:     pass
# expect:     ^^^^
# expect: IndentationError: expected an indented block after 'if' statement on line 1
both("  x=1")
# expect:   File "<s>", line 1
# expect:     x=1
# expect: IndentationError: unexpected indent

# expect:   File "<s>", line 1
# expect:     x=1
# expect: IndentationError: unexpected indent

e = SyntaxError("bad thing", ("conf.py", 3, 5, "key = a b c\n", 3, 10))
e.add_note("while reading conf.py")
print("".join(traceback.format_exception_only(e)), end="")
# expect:   File "conf.py", line 3
# expect:     key = a b c
# expect:         ^^^^^
# expect: SyntaxError: bad thing
# expect: while reading conf.py
e = SyntaxError("no place")
print("".join(traceback.format_exception_only(e)), end="")  # expect: SyntaxError: no place
e = SyntaxError("no line", ("f.py", None, None, None))
print("".join(traceback.format_exception_only(e)), end="")  # expect: SyntaxError: no line (f.py)

# The interpreter's own printer, for an uncaught one: a range of carets.
raise SyntaxError("bad thing", ("conf.py", 3, 5, "key = a b c\n", 3, 10))
# expect stderr:   File "conf.py", line 3
# expect stderr:     key = a b c
# expect stderr:         ^^^^^
# expect runtime error: SyntaxError: bad thing
