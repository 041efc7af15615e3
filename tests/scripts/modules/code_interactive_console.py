# code.InteractiveConsole: push() runs each complete input in its locals,
# asks for more lines (True) until a block ends, echoes values through
# sys.displayhook and reports errors as the interpreter does.
import code
import io
import sys

console = code.InteractiveConsole({"base": 10}, filename="<console>")
for line in ["x = base + 1", "x", "def f(n):", "    return n * x", "", "f(2)",
             "for i in range(2):", "    print('i', i)", "", "[1,", " 2]"]:
    more = console.push(line)
    print("more" if more else "done", repr(line))
print(console.locals["x"], sorted(k for k in console.locals if not k.startswith("__")))

err = io.StringIO()
sys.stderr = err
console.push("1/0")
console.push("def g(:")
console.push("undefined_name")
sys.stderr = sys.__stderr__
print(err.getvalue())
interp = code.InteractiveInterpreter()
print(interp.runsource("1 + 1"), interp.runsource("if True:"), interp.runsource("if True:\n  7\n"))
# expect: done 'x = base + 1'
# expect: 11
# expect: done 'x'
# expect: more 'def f(n):'
# expect: more '    return n * x'
# expect: done ''
# expect: 22
# expect: done 'f(2)'
# expect: more 'for i in range(2):'
# expect: more "    print('i', i)"
# expect: i 0
# expect: i 1
# expect: done ''
# expect: more '[1,'
# expect: [1, 2]
# expect: done ' 2]'
# expect: 11 ['base', 'f', 'i', 'x']
# expect: Traceback (most recent call last):
# expect:   File "<console>", line 1, in <module>
# expect: ZeroDivisionError: division by zero
# expect:   File "<console>", line 1
# expect:     def g(:
# expect:           ^
# expect: SyntaxError: invalid syntax
# expect: Traceback (most recent call last):
# expect:   File "<console>", line 1, in <module>
# expect: NameError: name 'undefined_name' is not defined
# expect:
# expect: 2
# expect: 7
# expect: False True False
