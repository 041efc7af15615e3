# codeop.compile_command: a code object for complete input, None for input
# that goes on (open brackets, blocks, decorators, triple-quoted strings),
# SyntaxError for errors, as CPython 3.11's.
import codeop

cases = ["x = 1", "x = (1,", "x = (1,\n2)", "if 1:", "if 1:\n  pass", "if 1:\n  pass\n",
         "def f():\n  return 1\n", "'''abc", "x = 1 +", "x = \\", "1 2", "", "# c",
         "for i in []:\n  pass\nelse:", "@dec", "@dec\ndef f(): pass\n", "class C:\n  x = 1\n\n",
         "def f(:", "if 1:\n  x = (1,\n", "try:\n  pass\n", "try:\n  pass\nfinally:\n  pass\n",
         "return 5", "1 +\n", "'abc"]
for c in cases:
    for sym in ("single", "exec"):
        try:
            r = codeop.compile_command(c, "<input>", sym)
            r = "None" if r is None else type(r).__name__
        except SyntaxError as e:
            r = "%s: %s" % (type(e).__name__, e.msg)
        print(repr(c), sym, r)
cc = codeop.CommandCompiler()
print(cc("from __future__ import annotations") is not None, cc("x: int = 1") is not None)
code = codeop.compile_command("40 + 2")
exec(code)
# expect: 'x = 1' single code
# expect: 'x = 1' exec code
# expect: 'x = (1,' single None
# expect: 'x = (1,' exec None
# expect: 'x = (1,\n2)' single code
# expect: 'x = (1,\n2)' exec code
# expect: 'if 1:' single None
# expect: 'if 1:' exec None
# expect: 'if 1:\n  pass' single None
# expect: 'if 1:\n  pass' exec code
# expect: 'if 1:\n  pass\n' single code
# expect: 'if 1:\n  pass\n' exec code
# expect: 'def f():\n  return 1\n' single code
# expect: 'def f():\n  return 1\n' exec code
# expect: "'''abc" single None
# expect: "'''abc" exec None
# expect: 'x = 1 +' single SyntaxError: invalid syntax
# expect: 'x = 1 +' exec SyntaxError: invalid syntax
# expect: 'x = \\' single None
# expect: 'x = \\' exec None
# expect: '1 2' single SyntaxError: invalid syntax
# expect: '1 2' exec SyntaxError: invalid syntax
# expect: '' single code
# expect: '' exec code
# expect: '# c' single code
# expect: '# c' exec code
# expect: 'for i in []:\n  pass\nelse:' single None
# expect: 'for i in []:\n  pass\nelse:' exec None
# expect: '@dec' single None
# expect: '@dec' exec None
# expect: '@dec\ndef f(): pass\n' single code
# expect: '@dec\ndef f(): pass\n' exec code
# expect: 'class C:\n  x = 1\n\n' single code
# expect: 'class C:\n  x = 1\n\n' exec code
# expect: 'def f(:' single SyntaxError: invalid syntax
# expect: 'def f(:' exec SyntaxError: invalid syntax
# expect: 'if 1:\n  x = (1,\n' single None
# expect: 'if 1:\n  x = (1,\n' exec None
# expect: 'try:\n  pass\n' single None
# expect: 'try:\n  pass\n' exec None
# expect: 'try:\n  pass\nfinally:\n  pass\n' single code
# expect: 'try:\n  pass\nfinally:\n  pass\n' exec code
# expect: 'return 5' single SyntaxError: 'return' outside function
# expect: 'return 5' exec SyntaxError: 'return' outside function
# expect: '1 +\n' single SyntaxError: invalid syntax
# expect: '1 +\n' exec SyntaxError: invalid syntax
# expect: "'abc" single SyntaxError: unterminated string literal (detected at line 1)
# expect: "'abc" exec SyntaxError: unterminated string literal (detected at line 1)
# expect: True True
# expect: 42
