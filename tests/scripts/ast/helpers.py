# ast's helpers on parsed trees: literal_eval, get_docstring, walk, NodeVisitor,
# unparse, dump(indent), get_source_segment, increment_lineno, fix_missing_locations.
import ast
print(ast.literal_eval("[1, 2.5, -3, 'a', b'b', (1, 2), {1: 'x'}, {1, 2}, None, True, 1+2j, -0.5]"))
print(ast.literal_eval("set()"))
for bad in ["f(x)", "a + b", "[1, x]", "1 +", "{**a}"]:
    try:
        print(ast.literal_eval(bad))
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])
print(ast.literal_eval(ast.parse("(1, 'x')", mode='eval')))
src = '''
"""Module doc."""
import os
def f(a, b=1):
    """Function doc.

       Indented.
    """
    return a + b
class C:
    "Class doc"
    def m(self): return [x * 2 for x in range(3) if x]
'''
tree = ast.parse(src)
print(ast.get_docstring(tree))
print(repr(ast.get_docstring(tree.body[2])))
print(repr(ast.get_docstring(tree.body[2], clean=False)))
print(ast.get_docstring(tree.body[3]))
print(sorted({type(n).__name__ for n in ast.walk(tree)}))
class V(ast.NodeVisitor):
    def __init__(self): self.names = []
    def visit_Name(self, node):
        self.names.append(node.id)
        self.generic_visit(node)
    def visit_FunctionDef(self, node):
        print('def', node.name, node.lineno, [a.arg for a in node.args.args])
        self.generic_visit(node)
v = V(); v.visit(tree); print(v.names)
print(ast.unparse(tree))
for s in ["a if b else c", "lambda x, *y, **z: (x, y)", "f'{x!r:>10} {y=}'", "x = (yield)", "del a[1:2, ::3]",
          "print(*a, **k)", "async def f():\n    async with a as b:\n        await c", "match p:\n    case [1, *r] | {'k': _}:\n        pass",
          "x: int = 1", "a = -1 ** 2", "(-1) ** 2", "not (a and b)", "{**a, 'b': 1}", "try:\n    pass\nexcept* E:\n    pass"]:
    print(ast.unparse(ast.parse(s)))
print(ast.dump(ast.parse('x = 1'), indent=4))
t = ast.parse('a + 1')
print(ast.get_source_segment('a + 1', t.body[0].value.left))
for node in ast.walk(t):
    if isinstance(node, ast.Constant): print(node.value, node.lineno, node.col_offset)
print(ast.iter_fields(t.body[0]).__class__.__name__, list(ast.iter_child_nodes(t.body[0].value)).__len__())
n = ast.increment_lineno(ast.parse('x\ny'), 3)
print([s.lineno for s in n.body])
print(isinstance(ast.Num, type), ast.Constant(5).n if hasattr(ast.Constant(5), 'n') else None)
print(ast.Name.__doc__, ast.PyCF_ONLY_AST)
print(ast.copy_location(ast.Name('x', ast.Load()), t.body[0]).lineno)
print(ast.dump(ast.fix_missing_locations(ast.Expression(body=ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2)))), include_attributes=True))

# expect: [1, 2.5, -3, 'a', b'b', (1, 2), {1: 'x'}, {1, 2}, None, True, (1+2j), -0.5]
# expect: set()
# expect: ValueError malformed node or string on line 1: <ast.Call object
# expect: ValueError malformed node or string on line 1: <ast.Name object
# expect: ValueError malformed node or string on line 1: <ast.Name object
# expect: SyntaxError invalid syntax (<unknown>, line 1)
# expect: ValueError malformed node or string: None
# expect: (1, 'x')
# expect: Module doc.
# expect: 'Function doc.\n\nIndented.'
# expect: 'Function doc.\n\n       Indented.\n    '
# expect: Class doc
# expect: ['Add', 'BinOp', 'Call', 'ClassDef', 'Constant', 'Expr', 'FunctionDef', 'Import', 'ListComp', 'Load', 'Module', 'Mult', 'Name', 'Return', 'Store', 'alias', 'arg', 'arguments', 'comprehension']
# expect: def f 4 ['a', 'b']
# expect: def m 12 ['self']
# expect: ['a', 'b', 'x', 'x', 'range', 'x']
# expect: """Module doc."""
# expect: import os
# expect:
# expect: def f(a, b=1):
# expect:     """Function doc.
# expect:
# expect:        Indented.
# expect:     """
# expect:     return a + b
# expect:
# expect: class C:
# expect:     """Class doc"""
# expect:
# expect:     def m(self):
# expect:         return [x * 2 for x in range(3) if x]
# expect: a if b else c
# expect: lambda x, *y, **z: (x, y)
# expect: f'{x!r:>10} y={y!r}'
# expect: x = (yield)
# expect: del a[1:2, ::3]
# expect: print(*a, **k)
# expect: async def f():
# expect:     async with a as b:
# expect:         await c
# expect: match p:
# expect:     case [1, *r] | {'k': _}:
# expect:         pass
# expect: x: int = 1
# expect: a = -1 ** 2
# expect: (-1) ** 2
# expect: not (a and b)
# expect: {**a, 'b': 1}
# expect: try:
# expect:     pass
# expect: except* E:
# expect:     pass
# expect: Module(
# expect:     body=[
# expect:         Assign(
# expect:             targets=[
# expect:                 Name(id='x', ctx=Store())],
# expect:             value=Constant(value=1))],
# expect:     type_ignores=[])
# expect: a
# expect: 1 1 4
# expect: generator 3
# expect: [4, 5]
# expect: True 5
# expect: Name(identifier id, expr_context ctx) 1024
# expect: 1
# expect: Expression(body=BinOp(left=Constant(value=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=0), op=Add(), right=Constant(value=2, lineno=1, col_offset=0, end_lineno=1, end_col_offset=0), lineno=1, col_offset=0, end_lineno=1, end_col_offset=0))
