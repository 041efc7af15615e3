# An error at the end of eval()/'single' input that has no final newline
# is placed at offset 0 (CPython's tokenizer makes up that NEWLINE); a
# module's input gets a newline, so the offset is the end of the line.
import traceback

def show(src, mode):
    try:
        compile(src, "<s>", mode)
    except SyntaxError as e:
        print(mode, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))

show("x +", "eval")  # expect: eval invalid syntax 1 0 1 0 'x +'
show("x +", "single")  # expect: single invalid syntax 1 0 1 0 'x +'
show("x +", "exec")  # expect: exec invalid syntax 1 4 1 4 'x +\n'
show("x +\n", "eval")  # expect: eval invalid syntax 1 4 1 4 'x +\n'
show("not", "eval")  # expect: eval invalid syntax 1 0 1 0 'not'
show("if x:\n  y +", "single")  # expect: single invalid syntax 2 0 2 0 '  y +'
try:
    compile("z = 1 +", "<console>", "single")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)), end="")
# expect:   File "<console>", line 1
# expect:     z = 1 +
# expect: SyntaxError: invalid syntax
