# eval() and exec(): default and explicit namespaces, a function's locals as a
# read-only snapshot, SyntaxError, errors inside with "<string>" frames.
def f():
    x = 10
    print(eval("x + 1"))
    exec("x = 99")
    print(x)
    g = {}
    exec("def h(n): return n * 2\nres = h(21)", g)
    print(g["res"], "__builtins__" in g)
    l = {}
    exec("z = 5", {}, l)
    print(l)
f()
print(eval("  1 + 1"))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    exec("raise ValueError('inner')")
except ValueError as e:
    print("caught", e)
print(eval("[i*i for i in range(4)]"))
try:
    eval(5)
except TypeError as e: print(e)
exec("q = 7")
print(q)
exec("def boom():\n    return 1/0\nboom()")
# expect: 11
# expect: 10
# expect: 42 True
# expect: {'z': 5}
# expect: 2
# expect: SyntaxError invalid syntax
# expect: caught inner
# expect: [0, 1, 4, 9]
# expect: eval() arg 1 must be a string, bytes or code object
# expect: 7
# expect runtime error: ZeroDivisionError: division by zero
# expect stderr: File "<string>", line 3, in <module>
# expect stderr: File "<string>", line 2, in boom
