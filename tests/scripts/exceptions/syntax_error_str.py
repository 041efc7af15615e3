# str(SyntaxError) adds (file basename, line N); SyntaxError(msg, info) takes its details from info; tracebacks show msg alone.
for src in ["del undefined_name", "x = (", "def f(:\n pass", "  indented = 1"]:
    try:
        compile(src, "/some/dir/prog.py", "exec")
    except SyntaxError as e:
        print(type(e).__name__, "|", e, "|", e.msg, e.filename, e.lineno)
try:
    eval("1 +")
except SyntaxError as e:
    print(str(e), e.args[0])
for args in [("m",), ("m", ("f.py", 3, 4, "txt")), ("m", ("a/b/f.py", None, 4, "t")), ("m", (None, 7, 1, "t", 7, 2)),
             (), ("a", "b", "c")]:
    e = SyntaxError(*args)
    print(repr(str(e)), e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
e = SyntaxError("late")
e.lineno = 5
print(e)
e.filename = "/x/y.py"
print(e)
e.msg = "changed"
print(e, e.args)
import traceback
print(traceback.format_exception_only(SyntaxError("bad thing", ("f.py", 2, 3, "abcdef\n"))))

# expect: SyntaxError | '(' was never closed (prog.py, line 1) | '(' was never closed /some/dir/prog.py 1
# expect: SyntaxError | invalid syntax (prog.py, line 1) | invalid syntax /some/dir/prog.py 1
# expect: IndentationError | unexpected indent (prog.py, line 1) | unexpected indent /some/dir/prog.py 1
# expect: invalid syntax (<string>, line 1) invalid syntax
# expect: 'm' m None None None None None None
# expect: 'm (f.py, line 3)' m f.py 3 4 txt None None
# expect: 'm (f.py)' m a/b/f.py None 4 t None None
# expect: 'm (line 7)' m None 7 1 t 7 2
# expect: 'None' None None None None None None None
# expect: 'a' a None None None None None None
# expect: late (line 5)
# expect: late (y.py, line 5)
# expect: changed (y.py, line 5) ('late',)
# expect: ['  File "f.py", line 2\n', '    abcdef\n', '      ^\n', 'SyntaxError: bad thing\n']
