# Where CPython's compiler (not its parser) finds the error, it reads the
# line back from the named file: code from a string has none, so the
# SyntaxError's text is None and its report shows no line and no caret.
import traceback
cases = ["continue", "return 1", "x = 1\nbreak", "nonlocal q",
         "def f():\n    yield 1\n    return\nasync def g():\n    yield from f()",
         "from os import *\ndef h():\n    from sys import *", "[x async for x in y]",
         "def f(a, a): pass", "f(x=1, x=2)", "x is 1\ncontinue"]
for src in cases:
    try:
        exec(src)
    except SyntaxError as e:
        print(repr(e.msg), e.text, e.lineno, e.offset)
        print("".join(traceback.format_exception_only(e)), end="")
# The parser's errors keep their line.
try:
    exec("x = (1,\n  2")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, e.text.rstrip())

# expect: "'continue' not properly in loop" None 1 1
# expect:   File "<string>", line 1
# expect: SyntaxError: 'continue' not properly in loop
# expect: "'return' outside function" None 1 1
# expect:   File "<string>", line 1
# expect: SyntaxError: 'return' outside function
# expect: "'break' outside loop" None 2 1
# expect:   File "<string>", line 2
# expect: SyntaxError: 'break' outside loop
# expect: 'nonlocal declaration not allowed at module level' None 1 1
# expect:   File "<string>", line 1
# expect: SyntaxError: nonlocal declaration not allowed at module level
# expect: "'yield from' inside async function" None 5 5
# expect:   File "<string>", line 5
# expect: SyntaxError: 'yield from' inside async function
# expect: 'import * only allowed at module level' None 3 21
# expect:   File "<string>", line 3
# expect: SyntaxError: import * only allowed at module level
# expect: 'asynchronous comprehension outside of an asynchronous function' None 1 1
# expect:   File "<string>", line 1
# expect: SyntaxError: asynchronous comprehension outside of an asynchronous function
# expect: "duplicate argument 'a' in function definition" None 1 10
# expect:   File "<string>", line 1
# expect: SyntaxError: duplicate argument 'a' in function definition
# expect: 'keyword argument repeated: x' None 1 8
# expect:   File "<string>", line 1
# expect: SyntaxError: keyword argument repeated: x
# expect: "'continue' not properly in loop" None 2 1
# expect:   File "<string>", line 2
# expect: SyntaxError: 'continue' not properly in loop
# expect: '(' was never closed 1 5 x = (1,
