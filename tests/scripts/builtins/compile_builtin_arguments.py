# compile() with bytes, the no-op future flags and dont_inherit/optimize, and its argument errors.
ns = {}
exec(compile('a = 1\nb = a + 1', '<config>', 'exec'), ns)
print(ns['b'], eval(compile('6 * 7', '<expr>', 'eval')))
exec(compile('print("single", 5)', '<stdin>', 'single'))
code = compile(b'x = 3', 'b.py', 'exec')
print(code.co_filename, eval(compile('y = 3', 'f', 'exec')))
print(compile('x', 'f', 'exec', dont_inherit=True, optimize=0).co_name)
tests = [lambda: compile(1, 'f', 'exec'), lambda: compile('x', 'f', 'bad'),
         lambda: compile('x', 'f', 'func_type'), lambda: compile('x\0', 'f', 'exec'),
         lambda: compile('x', 'f', 'exec', 0x7fffffff), lambda: compile('x', 'f', 'exec', optimize=5),
         lambda: compile('x', 1, 'exec'), lambda: compile('x', 'f'), lambda: compile('x', 'f', mode=3),
         lambda: compile('1 +', 'f', 'eval')]
for t in tests:
    try:
        t()
    except (TypeError, ValueError, SyntaxError) as e:
        print(type(e).__name__, e.args[0])

# expect: 2 42
# expect: single 5
# expect: b.py None
# expect: <module>
# expect: TypeError compile() arg 1 must be a string, bytes or AST object
# expect: ValueError compile() mode must be 'exec', 'eval' or 'single'
# expect: ValueError compile() mode 'func_type' requires flag PyCF_ONLY_AST
# expect: SyntaxError source code string cannot contain null bytes
# expect: ValueError compile(): unrecognised flags
# expect: ValueError compile(): invalid optimize value
# expect: TypeError expected str, bytes or os.PathLike object, not int
# expect: TypeError compile() missing required argument 'mode' (pos 3)
# expect: TypeError compile() argument 'mode' must be str, not int
# expect: SyntaxError invalid syntax
