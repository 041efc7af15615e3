# Parenthesized with items as the parser sees them: ast.dump of each header
# shape (items, a tuple with `as` after it, doubled parentheses, a starred
# element keeping the tuple), and `e as t` in parentheses anywhere else:
# invalid syntax at CPython's place.
import contextlib, ast

@contextlib.contextmanager
def cm(name, log):
    log.append("enter " + name)
    try:
        yield name.upper()
    finally:
        log.append("exit " + name)

log = []
with (cm("a", log) as a, cm("b", log) as b):
    log.append(a + b)
print(log)
log = []
with (cm("a", log), cm("b", log) as b,):
    log.append(b)
print(log)
log = []
with (cm("x", log)):
    pass
with (cm("y", log) as y):
    log.append(y)
print(log)

def f():
    with (cm("f", [])
          as v,
          cm("g", []) as w):
        return v + w
print(f())

async def g():
    class A:
        async def __aenter__(self): return 1
        async def __aexit__(self, *a): return False
    async with (A() as x, A() as y):
        return x + y
import asyncio
print(asyncio.run(g()))

for src in ["with (a as b, c as d): pass", "with (a, b): pass", "with (a, b) as c: pass",
            "with (a,): pass", "with (a, *b): pass", "with ((a, b)): pass", "with (a): pass",
            "with (yield): pass", "with (a as b): pass", "with (a as (b, c)): pass",
            "with (a as b.c, d as e[0]): pass"]:
    try:
        print(ast.dump(ast.parse(src)))
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.offset)

for src in ["print((a as b))", "if (a as b): pass", "x = [a as b]", "with (a as b), c: pass",
            "with (a as b, c as d) as e: pass", "with (a as *b): pass", "(a as b for a in c)",
            "def f():\n    return (a as b)\n", "with (a as b):\n    x = (c as d)\n", "{a as b}",
            "match (a as b):\n    case _: pass\n"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print("SyntaxError", repr(src), e.msg, e.lineno, e.offset)
try:
    eval("(a as b)")
except SyntaxError as e:
    print("eval", e.msg, e.offset)

# expect: ['enter a', 'enter b', 'AB', 'exit b', 'exit a']
# expect: ['enter a', 'enter b', 'B', 'exit b', 'exit a']
# expect: ['enter x', 'exit x', 'enter y', 'Y', 'exit y']
# expect: FG
# expect: 2
# expect: Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Name(id='d', ctx=Store()))], body=[Pass()])], type_ignores=[])
# expect: Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()])], type_ignores=[])
# expect: Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], body=[Pass()])], type_ignores=[])
# expect: Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[Pass()])], type_ignores=[])
# expect: Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()))], body=[Pass()])], type_ignores=[])
# expect: Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))], body=[Pass()])], type_ignores=[])
# expect: Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[Pass()])], type_ignores=[])
# expect: Module(body=[With(items=[withitem(context_expr=Yield())], body=[Pass()])], type_ignores=[])
# expect: Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store()))], body=[Pass()])], type_ignores=[])
# expect: Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Tuple(elts=[Name(id='b', ctx=Store()), Name(id='c', ctx=Store())], ctx=Store()))], body=[Pass()])], type_ignores=[])
# expect: Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Attribute(value=Name(id='b', ctx=Load()), attr='c', ctx=Store())), withitem(context_expr=Name(id='d', ctx=Load()), optional_vars=Subscript(value=Name(id='e', ctx=Load()), slice=Constant(value=0), ctx=Store()))], body=[Pass()])], type_ignores=[])
# expect: SyntaxError 'print((a as b))' invalid syntax 1 10
# expect: SyntaxError 'if (a as b): pass' invalid syntax 1 7
# expect: SyntaxError 'x = [a as b]' invalid syntax 1 8
# expect: SyntaxError 'with (a as b), c: pass' invalid syntax 1 14
# expect: SyntaxError 'with (a as b, c as d) as e: pass' invalid syntax 1 23
# expect: SyntaxError 'with (a as *b): pass' starred assignment target must be in a list or tuple 1 12
# expect: SyntaxError '(a as b for a in c)' invalid syntax 1 4
# expect: SyntaxError 'def f():\n    return (a as b)\n' invalid syntax 2 15
# expect: SyntaxError 'with (a as b):\n    x = (c as d)\n' invalid syntax 2 12
# expect: SyntaxError '{a as b}' invalid syntax 1 4
# expect: SyntaxError 'match (a as b):\n    case _: pass\n' invalid syntax 1 10
# expect: eval invalid syntax 4
