# "invalid escape sequence '\d'": the parser's DeprecationWarning, through
# the warnings module: the first bad escape of each literal, at the
# literal's line; ignored by the default filters, an error when the filters
# say so (SyntaxError at the literal); none for raw strings.
import warnings

def compile_and_show(src):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        compile(src, "fn", "exec")
    for x in w:
        print(x.category.__name__, x.message, x.filename, x.lineno)

compile_and_show('x = "\\d"\ny = b"\\q"\n')
compile_and_show('x = "\\777"\nz = b"\\777"')
compile_and_show('x = """\n\n\\d"""')
compile_and_show('x = ("a"\n "\\d")')
compile_and_show('x = f"{1}\\d"')
compile_and_show('x = "\\d\\w"')
compile_and_show('x = r"\\d" + rb"\\w".decode() + "\\n\\t\\x41\\u0041\\N{EM DASH}"')
compile_and_show('x = "\\8"')
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        compile('pat = "\\d+"\n', "fn", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e, e.lineno, e.offset, e.end_offset)
print("\d", len("\d+"), re_like := "\w+\s")  # the default filters: no warning
warnings.simplefilter("default")
exec('print("\\d", "\\d")\nprint("\\w")')
# expect: DeprecationWarning invalid escape sequence '\d' fn 1
# expect: DeprecationWarning invalid escape sequence '\q' fn 2
# expect: DeprecationWarning invalid octal escape sequence '\777' fn 1
# expect: DeprecationWarning invalid octal escape sequence '\777' fn 2
# expect: DeprecationWarning invalid escape sequence '\d' fn 1
# expect: DeprecationWarning invalid escape sequence '\d' fn 2
# expect: DeprecationWarning invalid escape sequence '\d' fn 1
# expect: DeprecationWarning invalid escape sequence '\d' fn 1
# expect: DeprecationWarning invalid escape sequence '\8' fn 1
# expect: SyntaxError invalid escape sequence '\d' (fn, line 1) 1 7 12
# expect: \d 3 \w+\s
# expect: \d \d
# expect: \w
# expect stderr: <string>:1: DeprecationWarning: invalid escape sequence '\d'
# expect stderr: <string>:1: DeprecationWarning: invalid escape sequence '\d'
# expect stderr: <string>:2: DeprecationWarning: invalid escape sequence '\w'
