# compile() makes code objects that exec() and eval() run; its mode and
# argument errors are CPython's.
code = compile("x = 6 * 7\nprint('exec ran', x)", "<made>", "exec")
print(type(code).__name__)  # expect: code
ns = {}
exec(code, ns)  # expect: exec ran 42
print(ns['x'])  # expect: 42
print(eval(compile("1 + ns['x']", "<expr>", "eval")))  # expect: 43
exec(compile("y = 5", "<single>", "single"))
print(y)  # expect: 5
for bad in [("1", "f", "run"), (1, "f", "exec"), ("1", 2, "exec")]:
    try:
        compile(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
# expect: ValueError compile() mode must be 'exec', 'eval' or 'single'
# expect: TypeError compile() arg 1 must be a string, bytes or AST object
# expect: TypeError expected str, bytes or os.PathLike object, not int
try:
    compile("def f(:\n", "broken.py", "exec")
except SyntaxError as e:
    print(e.filename, e.lineno, e.msg)  # expect: broken.py 1 invalid syntax
try:
    exec(compile("1/0", "<div>", "exec"))
except ZeroDivisionError as e:
    print('raised', e)  # expect: raised division by zero
